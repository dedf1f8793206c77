package org.opencoi.verification.domain;

/** What a carrier says of a policy, in the words of the CarrierVerification contract. */
public enum CarrierStatus {
    CONFIRMED,
    NOT_FOUND,
    CANCELLED,
    EXPIRED,
    UNCONFIRMED
}
