package org.opencoi.shared.rest;

import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.opencoi.shared.application.InvalidRequestException;
import org.opencoi.shared.application.NotFoundException;

/**
 * Turns every failure into problem+json; nothing about the server's insides leaves it. A context's own exceptions are
 * mapped in its rest package.
 */
public final class ProblemMappers {

    private ProblemMappers() {
    }

    @Provider
    public static class NotFound implements ExceptionMapper<NotFoundException> {
        @Override
        public Response toResponse(NotFoundException e) {
            return Problem.response(Status.NOT_FOUND, e.getMessage());
        }
    }

    @Provider
    public static class InvalidRequest implements ExceptionMapper<InvalidRequestException> {
        @Override
        public Response toResponse(InvalidRequestException e) {
            return Problem.response(Status.BAD_REQUEST, e.getMessage());
        }
    }

    /** What the REST runtime itself refuses: unknown paths, wrong media types, unreadable JSON. */
    @Provider
    public static class Refused implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            Response.StatusType status = e.getResponse().getStatusInfo();
            String detail = status.getFamily() == Response.Status.Family.SERVER_ERROR
                    ? "the request could not be handled" : describe(status);
            return Problem.response(status, detail);
        }

        private static String describe(Response.StatusType status) {
            return switch (status.getStatusCode()) {
                case 400 -> "the request body or a parameter could not be read; check its syntax and types";
                case 404 -> "there is no such resource";
                case 405 -> "that method is not allowed on this resource";
                case 406 -> "this resource cannot answer in the media type asked for";
                case 415 -> "this resource does not accept that media type";
                default -> status.getReasonPhrase();
            };
        }
    }

    /** A request body that is not the JSON the resource expects. */
    @Provider
    public static class UnreadableBody implements ExceptionMapper<ProcessingException> {
        @Override
        public Response toResponse(ProcessingException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof JsonbException || cause instanceof JsonParsingException) {
                    return Problem.response(Status.BAD_REQUEST,
                            "the request body is not valid JSON of the expected shape: " + cause.getMessage());
                }
            }
            return new Unexpected().toResponse(e);
        }
    }

    /** Anything unforeseen: logged in full on the server, answered with a plain 500. */
    @Provider
    public static class Unexpected implements ExceptionMapper<Exception> {
        private static final Logger LOG = Logger.getLogger(Unexpected.class.getName());

        @Override
        public Response toResponse(Exception e) {
            LOG.log(Level.SEVERE, "Unexpected failure answering a REST request", e);
            return Problem.response(Status.INTERNAL_SERVER_ERROR, "the request could not be handled");
        }
    }
}
