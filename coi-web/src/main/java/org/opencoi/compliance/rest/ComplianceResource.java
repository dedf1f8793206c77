package org.opencoi.compliance.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.opencoi.compliance.application.ComplianceService;
import org.opencoi.compliance.application.DecisionView;
import org.opencoi.shared.application.Roles;
import org.opencoi.shared.rest.Dates;

/** A vendor's compliance: /coi/api/v1/vendors/{vendorId}/compliance. */
@Path("/v1/vendors/{vendorId}/compliance")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.REVIEWER, Roles.VIEWER, Roles.INTEGRATION})
public class ComplianceResource {

    @Inject
    ComplianceService compliance;

    @Inject
    Clock clock;

    /** The decision in force today, with its deficiencies. */
    @GET
    public DecisionView current(@PathParam("vendorId") long vendorId) {
        return compliance.current(vendorId);
    }

    /** Decides the vendor again as of a day (default today) and records the decision. */
    @POST
    @Path("/evaluate")
    @RolesAllowed({Roles.ADMIN, Roles.REVIEWER, Roles.INTEGRATION})
    public DecisionView evaluate(@PathParam("vendorId") long vendorId, @QueryParam("asOf") String asOf) {
        return compliance.evaluate(vendorId, Dates.parse("asOf", asOf, LocalDate.now(clock)));
    }

    /** The vendor's recorded decisions, newest first. */
    @GET
    @Path("/history")
    public List<DecisionView> history(@PathParam("vendorId") long vendorId,
            @QueryParam("limit") @DefaultValue("50") int limit) {
        return compliance.history(vendorId, limit);
    }
}
