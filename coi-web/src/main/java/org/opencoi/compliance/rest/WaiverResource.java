package org.opencoi.compliance.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.opencoi.compliance.application.ComplianceService;
import org.opencoi.compliance.application.WaiverRequest;
import org.opencoi.compliance.application.WaiverView;
import org.opencoi.shared.application.InvalidRequestException;
import org.opencoi.shared.application.Roles;

/**
 * Exceptions (waivers) of a vendor: /coi/api/v1/vendors/{vendorId}/exceptions. An admin accepts one
 * deficiency until a date with a reason; it lapses by itself.
 */
@Path("/v1/vendors/{vendorId}/exceptions")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.REVIEWER, Roles.VIEWER, Roles.INTEGRATION})
public class WaiverResource {

    @Inject
    ComplianceService compliance;

    @GET
    public List<WaiverView> list(@PathParam("vendorId") long vendorId) {
        return compliance.waivers(vendorId);
    }

    /** Grants an exception: {"kind", "coverage", "coverageName", "limit", "until", "reason"}; 201. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    public Response grant(@PathParam("vendorId") long vendorId, WaiverRequest request) {
        if (request == null) {
            throw new InvalidRequestException("the request body must be an exception as JSON");
        }
        return Response.status(Response.Status.CREATED).entity(compliance.grantWaiver(vendorId, request)).build();
    }
}
