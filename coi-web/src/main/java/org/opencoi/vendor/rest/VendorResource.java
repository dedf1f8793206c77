package org.opencoi.vendor.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import org.opencoi.shared.application.InvalidRequestException;
import org.opencoi.shared.application.NotFoundException;
import org.opencoi.shared.application.Roles;
import org.opencoi.shared.domain.ComplianceStatus;
import org.opencoi.vendor.application.NewVendor;
import org.opencoi.vendor.application.VendorPage;
import org.opencoi.vendor.application.VendorService;
import org.opencoi.vendor.application.VendorUpdate;
import org.opencoi.vendor.application.VendorView;

/** Vendors over REST: /coi/api/v1/vendors. */
@Path("/v1/vendors")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.REVIEWER, Roles.VIEWER, Roles.INTEGRATION})
public class VendorResource {

    @Inject
    VendorService vendors;

    @GET
    public VendorPage list(@QueryParam("status") String status,
            @QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("limit") @DefaultValue("50") int limit) {
        return vendors.list(parseStatus(status), offset, limit);
    }

    @GET
    @Path("/{id}")
    public VendorView get(@PathParam("id") long id) {
        return vendors.get(id);
    }

    /** GET /v1/vendors/by-source/{sourceSystem}/{externalId}: the vendor the ERP knows by that key. */
    @GET
    @Path("/by-source/{sourceSystem}/{externalId}")
    public VendorView bySourceKey(@PathParam("sourceSystem") String sourceSystem,
            @PathParam("externalId") String externalId) {
        return vendors.findBySourceKey(sourceSystem, externalId)
                .orElseThrow(() -> new NotFoundException("no vendor " + externalId + " from " + sourceSystem));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.INTEGRATION})
    public Response register(NewVendor request, @Context UriInfo uri) {
        if (request == null) {
            throw new InvalidRequestException("the request body must be a vendor as JSON");
        }
        VendorView created = vendors.register(request);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created)
                .build();
    }

    /** PUT /{id}: changes name, tax id, tier, contacts, profile or active flag; the ERP key stays. */
    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.INTEGRATION})
    public VendorView update(@PathParam("id") long id, VendorUpdate update) {
        return vendors.update(id, update);
    }

    private static ComplianceStatus parseStatus(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return ComplianceStatus.valueOf(status.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("status must be one of " + Arrays.toString(ComplianceStatus.values()));
        }
    }
}
