package org.opencoi.audit.domain;

/**
 * What an audit event says was done. The name of each constant is the word stored in the event, shown on the audit
 * screens, served by the REST API, written into audit extracts and hashed into the chain: renaming a constant would
 * change what new events say, so a new word needs a new constant.
 */
public enum AuditAction {

    /** A record was created: a vendor, certificate, requirement profile or carrier. */
    CREATE,
    /** A vendor's own fields were changed by hand. */
    UPDATE,
    /** A carrier's connection settings were changed. */
    CONFIGURE,
    /** A carrier was forgotten. */
    DELETE,
    /** An insurer table was imported. */
    IMPORT,
    /** A certificate kept while its pages were read by OCR was read, or could not be read and went to review. */
    READ,
    /** A reviewer corrected what was read from a certificate. */
    CORRECT,
    /** A reviewer accepted a certificate. */
    APPROVE,
    /** A reviewer rejected a certificate. */
    REJECT,
    /** A requirement profile got a new version. */
    NEW_VERSION,
    /** A vendor was given a requirement profile. */
    ASSIGN_PROFILE,
    /** A vendor was decided and the decision recorded. */
    DECIDE,
    /** A vendor's compliance status changed with a decision. */
    STATUS_CHANGE,
    /** An admin granted a vendor a waiver. */
    GRANT_WAIVER,
    /** The nightly run found a waiver past its last day. */
    LAPSE_WAIVER,
    /** A renewal request was queued for a vendor. */
    QUEUE_RENEWAL,
    /** A renewal request's mail was sent. */
    SEND_RENEWAL,
    /** A vendor uploaded a certificate through the link of a renewal request. */
    VENDOR_LINK_UPLOAD,
    /** A carrier answered about a policy. */
    VERIFY,
    /** A carrier could not be asked about a policy. */
    VERIFY_UNAVAILABLE,
    /** A carrier's policies were queued to be verified again. */
    QUEUE_RECHECK,
    /** A report or an audit extract was downloaded. */
    EXPORT,
    /** The audit chain was checked. */
    VERIFY_CHAIN,
    /** An ERP sync created or changed a vendor, or deactivated it. */
    SYNC,
    /** An ERP vendor category was mapped to a requirement profile. */
    MAP,
    /** The webhook a source system's status changes go to was set. */
    SET_WEBHOOK,
    /** A user signed in. */
    SIGN_IN
}
