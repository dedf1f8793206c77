package org.opencoi.shared.rest;

import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.util.stream.Stream;
import org.opencoi.shared.application.Roles;

/**
 * The REST API answers a client without credentials with 401 and a Basic challenge, and a signed-in
 * user without an OpenCOI role with 403, as problem+json. The web layer leaves /api to this filter
 * because its form sign-in for the screens would answer such clients with a redirect to the sign-in
 * page; a browser session signed in through that form is accepted here too.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class SignedInClients implements ContainerRequestFilter {

    static final String CHALLENGE = "Basic realm=\"OpenCOI\", charset=\"UTF-8\"";

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        if (openToAll()) {
            return;
        }
        SecurityContext security = request.getSecurityContext();
        if (security.getUserPrincipal() == null) {
            request.abortWith(Problem.responseBuilder(Status.UNAUTHORIZED,
                            "sign in with HTTP Basic as an OpenCOI user")
                    .header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE).build());
        } else if (Stream.of(Roles.ADMIN, Roles.REVIEWER, Roles.VIEWER, Roles.INTEGRATION).noneMatch(security::isUserInRole)) {
            request.abortWith(Problem.response(Status.FORBIDDEN, "this user has no OpenCOI role"));
        }
    }

    private boolean openToAll() {
        return resource.getResourceClass() != null && resource.getResourceClass().isAnnotationPresent(PermitAll.class);
    }
}
