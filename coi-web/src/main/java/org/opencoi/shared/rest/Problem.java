package org.opencoi.shared.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** An RFC 9457 problem detail: what went wrong, said so that a client's developer understands it. */
public record Problem(String type, String title, int status, String detail) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Response response(Response.StatusType status, String detail) {
        return responseBuilder(status, detail).build();
    }

    /** The answer under construction, for a caller that adds headers. */
    public static Response.ResponseBuilder responseBuilder(Response.StatusType status, String detail) {
        return Response.status(status.getStatusCode())
                .type(MediaType.valueOf(MEDIA_TYPE))
                .entity(new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), detail));
    }
}
