package org.opencoi.sync.application;

import jakarta.ejb.ApplicationException;

/**
 * Another transaction wrote one of the batch's vendors while this one ran: it created a vendor with the
 * same (sourceSystem, externalId), or changed a vendor this batch changes. Nothing of the batch was
 * kept; applied again, the batch finds the other transaction's vendor and answers it UPDATED or UNCHANGED.
 */
@ApplicationException(rollback = true)
public class SyncConflictException extends RuntimeException {

    public SyncConflictException(String sourceSystem, Throwable cause) {
        super("another sync of " + sourceSystem + " wrote the same vendors at the same time", cause);
    }
}
