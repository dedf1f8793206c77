package org.opencoi.simulator;

/** How the simulated carrier treats a request. */
public enum Behaviour {
    /** Answers with the scripted status and details. */
    ANSWER,
    /** Answers as scripted, after {@code delayMillis}: past the caller's timeout it looks unreachable. */
    DELAY,
    /** Answers with the contract's VerificationFault (SERVICE_UNAVAILABLE). */
    FAULT,
    /** Answers HTTP 200 with a body that is not a SOAP message. */
    MALFORMED
}
