package org.opencoi.certificate.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.opencoi.certificate.application.CertificateEntry;
import org.opencoi.certificate.application.CertificateReviewService;
import org.opencoi.certificate.application.CertificateView;
import org.opencoi.certificate.rest.dto.DecidedCertificate;
import org.opencoi.compliance.application.ComplianceService;
import org.opencoi.shared.application.InvalidRequestException;
import org.opencoi.shared.application.Roles;

/** The review queue: /coi/api/v1/review-queue; reviewers and admins. */
@Path("/v1/review-queue")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.REVIEWER})
public class ReviewQueueResource {

    /** Why a certificate is refused. */
    public record Rejection(String reason) {
    }

    @Inject
    CertificateReviewService review;

    @Inject
    ComplianceService compliance;

    /** Certificates awaiting review, oldest first. */
    @GET
    public List<CertificateView> queue(@QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("limit") @DefaultValue("50") int limit) {
        return review.queue(offset, limit);
    }

    /**
     * Approves as read (no body) or with corrections (the certificate as the reviewer read it); answers the certificate
     * with the vendor's new decision.
     */
    @POST
    @Path("/{certificateId}/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    public DecidedCertificate approve(@PathParam("certificateId") long certificateId, CertificateEntry corrections) {
        return decided(review.approve(certificateId, corrections));
    }

    @POST
    @Path("/{certificateId}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    public DecidedCertificate reject(@PathParam("certificateId") long certificateId, Rejection rejection) {
        if (rejection == null) {
            throw new InvalidRequestException("a rejection needs {\"reason\": \"...\"}");
        }
        return decided(review.reject(certificateId, rejection.reason()));
    }

    private DecidedCertificate decided(CertificateView certificate) {
        return DecidedCertificate.of(certificate, compliance.standing(certificate.vendorId()).orElse(null));
    }
}
