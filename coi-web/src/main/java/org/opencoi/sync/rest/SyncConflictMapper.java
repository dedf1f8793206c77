package org.opencoi.sync.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.opencoi.shared.rest.Problem;
import org.opencoi.sync.application.SyncConflictException;

/** A sync batch that kept colliding with others writing the same vendors; sending it again is safe. */
@Provider
public class SyncConflictMapper implements ExceptionMapper<SyncConflictException> {

    @Override
    public Response toResponse(SyncConflictException e) {
        return Problem.response(Status.CONFLICT, e.getMessage() + "; nothing of the batch was applied, send it again");
    }
}
