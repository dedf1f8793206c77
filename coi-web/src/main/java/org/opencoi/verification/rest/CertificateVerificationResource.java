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

/** GET /coi/api/v1/certificates/{certificateId}/verifications: the latest verification of each of the certificate's policies. */
@Path("/v1/certificates/{certificateId}/verifications")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.REVIEWER, Roles.VIEWER, Roles.INTEGRATION})
public class CertificateVerificationResource {

    @Inject
    VerificationService verifications;

    @GET
    public List<VerificationView> list(@PathParam("certificateId") long certificateId) {
        return verifications.ofCertificate(certificateId);
    }
}
