package org.opencoi.shared.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.opencoi.shared.application.InvalidRequestException;

/**
 * Refuses, with 400, text no field of the API can hold: control characters in a path or query parameter
 * (ids, keys, filters and dates are one line of text), and the NUL character anywhere in a JSON body,
 * which PostgreSQL cannot store. Line breaks stay allowed in bodies (a reason may have several lines).
 */
@Provider
public class ControlCharacterGuard implements ContainerRequestFilter, ReaderInterceptor {

    /** NUL as JSON writes it: the escape \u0000 (of any case), not preceded by an escaping backslash. */
    private static final Pattern ESCAPED_NUL = Pattern.compile("(?<!\\\\)(\\\\\\\\)*\\\\u0000", Pattern.CASE_INSENSITIVE);

    @Override
    public void filter(ContainerRequestContext request) {
        refuseControlCharacters("path parameter", request.getUriInfo().getPathParameters());
        refuseControlCharacters("query parameter", request.getUriInfo().getQueryParameters());
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (context.getMediaType() != null && context.getMediaType().isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
            byte[] body = context.getInputStream().readAllBytes();
            String text = new String(body, StandardCharsets.UTF_8);
            if (text.indexOf('\u0000') >= 0 || ESCAPED_NUL.matcher(text).find()) {
                throw new InvalidRequestException("the request body contains the NUL character, which no field can hold");
            }
            context.setInputStream(new ByteArrayInputStream(body));
        }
        return context.proceed();
    }

    private static void refuseControlCharacters(String kind, MultivaluedMap<String, String> parameters) {
        for (var parameter : parameters.entrySet()) {
            for (String value : parameter.getValue()) {
                if (value.chars().anyMatch(Character::isISOControl)) {
                    throw new InvalidRequestException(kind + " " + parameter.getKey()
                            + " must not contain control characters");
                }
            }
        }
    }
}
