package org.opencoi.verification.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.opencoi.shared.application.Roles;
import org.opencoi.verification.application.CarrierRequest;
import org.opencoi.verification.application.CarrierService;
import org.opencoi.verification.application.CarrierView;

/** The carriers OpenCOI verifies policies with, by NAIC code: /coi/api/v1/carriers; admins only. */
@Path("/v1/carriers")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class CarrierResource {

    @Inject
    CarrierService carriers;

    @GET
    public List<CarrierView> list() {
        return carriers.list();
    }

    @GET
    @Path("/{naicCode}")
    public CarrierView get(@PathParam("naicCode") String naicCode) {
        return carriers.find(naicCode);
    }

    /**
     * PUT /{naicCode}: creates or changes the carrier, {"name", "endpointUrl", "username", "password",
     * "wsSecurity", "timeoutMillis", "requestsPerSecond"}; no endpointUrl makes it not verifiable.
     */
    @PUT
    @Path("/{naicCode}")
    @Consumes(MediaType.APPLICATION_JSON)
    public CarrierView save(@PathParam("naicCode") String naicCode, CarrierRequest request) {
        return carriers.save(naicCode, request);
    }

    @DELETE
    @Path("/{naicCode}")
    public void remove(@PathParam("naicCode") String naicCode) {
        carriers.remove(naicCode);
    }
}
