package org.opencoi.certificate.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.opencoi.certificate.application.CertificateCriteria;
import org.opencoi.certificate.application.CertificateIntakeService;
import org.opencoi.certificate.application.CertificateView;
import org.opencoi.certificate.application.DocumentView;
import org.opencoi.certificate.rest.dto.DecidedCertificate;
import org.opencoi.compliance.application.ComplianceService;
import org.opencoi.shared.application.Roles;
import org.opencoi.shared.rest.Dates;

/** Finding certificates across vendors and fetching their originals: /coi/api/v1/certificates. */
@Path("/v1/certificates")
@RolesAllowed({Roles.ADMIN, Roles.REVIEWER, Roles.VIEWER, Roles.INTEGRATION})
public class CertificateLookupResource {

    @Inject
    CertificateIntakeService intake;

    @Inject
    ComplianceService compliance;

    /** Search by vendor, insured name, policy number, insurer (name or NAIC) and expiration range. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<CertificateView> search(@QueryParam("vendorId") Long vendorId,
            @QueryParam("insured") String insured,
            @QueryParam("policyNumber") String policyNumber,
            @QueryParam("insurer") String insurer,
            @QueryParam("expiresFrom") String expiresFrom,
            @QueryParam("expiresTo") String expiresTo,
            @QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("limit") @DefaultValue("50") int limit) {
        return intake.search(new CertificateCriteria(vendorId, insured, policyNumber, insurer, Dates.parse("expiresFrom", expiresFrom, null),
                Dates.parse("expiresTo", expiresTo, null)), offset, limit);
    }

    /**
     * One certificate, as its upload answered it, with the vendor's standing: {@code "reading": true} while its pages
     * are being read by OCR, then what was read, with each value read ({@code readValues}) and the decision.
     */
    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public DecidedCertificate certificate(@PathParam("id") long id) {
        CertificateView certificate = intake.find(id);
        return DecidedCertificate.of(certificate, compliance.standing(certificate.vendorId()).orElse(null));
    }

    /**
     * The original PDF, byte for byte, with its SHA-256 in the ETag: shown in the browser, where the
     * review screen frames it beside the fields read from it, or with {@code ?download=true} saved as a file.
     */
    @GET
    @Path("/{id}/document")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    public Response document(@PathParam("id") long id, @QueryParam("download") boolean download) {
        DocumentView document = intake.document(id);
        String disposition = download ? "attachment" : "inline";
        return Response.ok(document.content(), document.contentType())
                .header("Content-Disposition", disposition + "; filename=\"" + document.fileName().replaceAll("[^\\w .-]", "_") + "\"")
                .header("Content-Security-Policy", "default-src 'none'; frame-ancestors 'self'")
                .header("X-Frame-Options", "SAMEORIGIN")
                .tag(document.sha256())
                .build();
    }
}
