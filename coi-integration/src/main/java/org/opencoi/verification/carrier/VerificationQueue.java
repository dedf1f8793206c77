package org.opencoi.verification.carrier;

import java.util.List;
import org.opencoi.verification.application.PendingVerification;
import org.opencoi.verification.domain.CarrierAnswer;

/** What the carrier verification route needs of the verification queue: what is due, and what each carrier said. */
public interface VerificationQueue {

    List<PendingVerification> due(int limit);

    void answered(long verificationId, CarrierAnswer answer);

    void unavailable(long verificationId, String error);
}
