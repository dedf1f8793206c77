package org.opencoi.verification.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.opencoi.shared.application.Roles;
import org.opencoi.verification.application.VerificationService;
import org.opencoi.verification.application.VerificationView;

/** GET /coi/api/v1/vendors/{vendorId}/verifications: the latest verification of each of the vendor's policies. */
@Path("/v1/vendors/{vendorId}/verifications")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.REVIEWER, Roles.VIEWER, Roles.INTEGRATION})
public class VendorVerificationResource {

    @Inject
    VerificationService verifications;

    @GET
    public List<VerificationView> list(@PathParam("vendorId") long vendorId) {
        return verifications.ofVendor(vendorId);
    }
}
