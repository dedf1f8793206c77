package org.opencoi.certificate.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.opencoi.certificate.application.DuplicateCertificateException;
import org.opencoi.shared.rest.Problem;

/** A file received before is a conflict, answered as problem+json. */
@Provider
public class DuplicateCertificateMapper implements ExceptionMapper<DuplicateCertificateException> {

    @Override
    public Response toResponse(DuplicateCertificateException e) {
        return Problem.response(Status.CONFLICT, e.getMessage());
    }
}
