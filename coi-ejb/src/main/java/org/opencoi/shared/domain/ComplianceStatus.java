package org.opencoi.shared.domain;

/** Where a vendor stands against its requirement profile on a given day. */
public enum ComplianceStatus {
    /** Every required line is present and meets the profile. */
    COMPLIANT,
    /** Compliant, but a required line expires within the profile's window. */
    EXPIRING,
    /** One or more deficiencies that are not waived. */
    NON_COMPLIANT,
    /** A certificate of the vendor awaits a human before a decision is made on it. */
    PENDING_REVIEW,
    /** Nothing has been received yet. */
    NO_CERTIFICATE
}
