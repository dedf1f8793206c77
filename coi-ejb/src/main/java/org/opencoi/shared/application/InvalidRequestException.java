package org.opencoi.shared.application;

import jakarta.ejb.ApplicationException;

/** The caller's request breaks a business rule; nothing was changed. */
@ApplicationException(rollback = true)
public class InvalidRequestException extends RuntimeException {

    public InvalidRequestException(String message) {
        super(message);
    }
}
