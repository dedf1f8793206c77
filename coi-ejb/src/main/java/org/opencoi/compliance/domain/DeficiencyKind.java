package org.opencoi.compliance.domain;

/** What is wrong with a vendor's insurance against its requirement profile; the glossary's deficiency kinds. */
public enum DeficiencyKind {
    /** A required line appears on no certificate that counts. */
    MISSING_COVERAGE,
    /**
     * A stated limit is below the profile's minimum, or not stated at all. A workers' compensation line
     * that is not at statutory limits when the profile requires them is this kind too, without a limit kind:
     * on the ACORD 25 "PER STATUTE" is the limit of that line.
     */
    LIMIT_BELOW_MINIMUM,
    /** The newest policy of a required line has expired and no other one is in force. */
    EXPIRED,
    /** The newest policy of a required line has not taken effect yet and no other one is in force. */
    NOT_YET_EFFECTIVE,
    /**
     * The policy form (occurrence, claims-made) is not one the profile accepts, or the auto symbols ticked
     * match none of the combinations the profile accepts.
     */
    FORM_NOT_ACCEPTED,
    ADDITIONAL_INSURED_MISSING,
    WAIVER_OF_SUBROGATION_MISSING,
    PRIMARY_NON_CONTRIBUTORY_MISSING,
    /** The deductible or self-insured retention is above the profile's maximum. */
    DEDUCTIBLE_ABOVE_MAXIMUM,
    /** The insurer's AM Best rating or financial size category is below the profile's minimum, or missing. */
    INSURER_RATING_BELOW_MINIMUM,
    /** The profile sets a minimum rating, and the insurer's NAIC code is missing or not in the insurer table. */
    INSURER_UNKNOWN,
    /** The certificate does not name the profile's required certificate holder. */
    HOLDER_MISMATCH,
    /** The certificate's named insured is not the vendor. */
    INSURED_MISMATCH,
    /**
     * The carrier did not confirm the policy as the certificate states it: not found, cancelled, expired,
     * other dates or lower limits (what differs is in the message). A hint of a fraudulent certificate.
     */
    VERIFICATION_FAILED
}
