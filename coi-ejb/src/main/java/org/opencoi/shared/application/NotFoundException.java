package org.opencoi.shared.application;

import jakarta.ejb.ApplicationException;

/** A record the caller named does not exist. */
@ApplicationException(rollback = true)
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
