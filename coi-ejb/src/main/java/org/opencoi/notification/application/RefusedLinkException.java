package org.opencoi.notification.application;

import jakarta.ejb.ApplicationException;

/** An upload link that grants nothing, with the message the vendor is shown. */
@ApplicationException(rollback = true)
public class RefusedLinkException extends RuntimeException {

    /** Why: the link was made or changed without the key, it has expired, or it names no request of its vendor. */
    public enum Reason { INVALID, EXPIRED, UNKNOWN_REQUEST }

    private final Reason reason;

    public RefusedLinkException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason getReason() {
        return reason;
    }
}
