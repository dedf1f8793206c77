package org.opencoi.notification.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.opencoi.notification.application.RenewalRequestView;
import org.opencoi.notification.application.RenewalService;
import org.opencoi.shared.application.Roles;

/** Renewal requests and how their sending went; admins only. */
@Path("/v1/renewal-requests")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class RenewalRequestResource {

    @Inject
    RenewalService renewals;

    /** GET /v1/renewal-requests?vendorId=&amp;failing=true&amp;offset=&amp;limit=: newest first; failing: unsent after a failure. */
    @GET
    public List<RenewalRequestView> list(@QueryParam("vendorId") Long vendorId,
            @QueryParam("failing") @DefaultValue("false") boolean failing,
            @QueryParam("offset") @DefaultValue("0") int offset, @QueryParam("limit") @DefaultValue("50") int limit) {
        return renewals.page(vendorId, failing, offset, limit);
    }
}
