package org.opencoi.certificate.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.opencoi.shared.rest.Problem;

/**
 * Refuses an upload larger than a certificate can be before any of it is read, so that a huge file
 * costs the server nothing; a client that waits for "100 Continue" never even sends it.
 */
@Provider
public class UploadSizeLimit implements ContainerRequestFilter {

    /** The largest upload accepted; real ACORD 25 PDFs are well under 1 MB. */
    public static final int MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getMediaType() != null && request.getMediaType().isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE)
                && request.getLength() > MAX_UPLOAD_BYTES) {
            request.abortWith(tooLarge());
        }
    }

    static Response tooLarge() {
        return Problem.response(Response.Status.REQUEST_ENTITY_TOO_LARGE,
                "a certificate upload may be at most " + MAX_UPLOAD_BYTES / (1024 * 1024) + " MB");
    }
}
