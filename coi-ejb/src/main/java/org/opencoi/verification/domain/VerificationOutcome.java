package org.opencoi.verification.domain;

/**
 * Where the verification of one policy stands. Only FAILED counts against a vendor; a carrier that could
 * not be reached or has no service never does.
 */
public enum VerificationOutcome {
    /** Queued: the carrier has not been asked yet. */
    PENDING,
    /** The carrier confirmed the policy as the certificate states it. */
    CONFIRMED,
    /** The carrier does not know the policy, reports it cancelled or expired, or states other dates or lower limits. */
    FAILED,
    /** The carrier answered but would not confirm the policy (its reason code says why); nothing is held against the vendor. */
    UNCONFIRMED,
    /** The carrier did not answer (timeout, fault, unreadable answer, breaker open): asked again later. */
    UNAVAILABLE,
    /** The carrier has no verification service configured, or the policy lacks a number or NAIC code. */
    NOT_VERIFIABLE
}
