package org.opencoi.verification.application;

import java.io.Serializable;

/** A queued verification handed to the route: which one, the carrier to ask and what to ask. */
public record PendingVerification(long id, CarrierEndpoint carrier, PolicyInquiry inquiry) implements Serializable {
}
