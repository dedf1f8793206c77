package org.opencoi.certificate.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.opencoi.certificate.application.CertificateEntry;
import org.opencoi.certificate.application.CertificateIntakeService;
import org.opencoi.certificate.application.CertificateView;
import org.opencoi.certificate.rest.dto.DecidedCertificate;
import org.opencoi.compliance.application.ComplianceService;
import org.opencoi.shared.application.InvalidRequestException;
import org.opencoi.shared.application.Roles;

/** Certificates of a vendor: /coi/api/v1/vendors/{id}/certificates. */
@Path("/v1/vendors/{vendorId}/certificates")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.REVIEWER, Roles.VIEWER, Roles.INTEGRATION})
public class CertificateResource {

    @Inject
    CertificateIntakeService intake;

    @Inject
    ComplianceService compliance;

    @Context
    UriInfo uris;

    @GET
    public List<CertificateView> list(@PathParam("vendorId") long vendorId) {
        return intake.ofVendor(vendorId);
    }

    /** A certificate keyed in by hand, as JSON; 201 with the certificate and the vendor's new decision. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.REVIEWER, Roles.INTEGRATION})
    public Response enter(@PathParam("vendorId") long vendorId, CertificateEntry entry) {
        if (entry == null) {
            throw new InvalidRequestException("the request body must be a certificate as JSON");
        }
        return Response.status(Response.Status.CREATED).entity(decided(intake.enter(vendorId, entry))).build();
    }

    /**
     * Multipart upload with the PDF in the part named "file"; 201 with what was read and the vendor's new decision.
     * A PDF whose pages have no text (a scan) is kept and read by OCR after this answer: 202 with the same body,
     * {@code "reading": true}, and the {@code Location} to poll until {@code reading} is false.
     */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Roles.ADMIN, Roles.REVIEWER, Roles.INTEGRATION})
    public Response upload(@PathParam("vendorId") long vendorId, @FormParam("file") EntityPart file)
            throws IOException {
        if (file == null) {
            throw new InvalidRequestException("the PDF must be sent in the multipart part named \"file\"");
        }
        byte[] content;
        try (InputStream in = file.getContent()) {
            content = in.readNBytes(UploadSizeLimit.MAX_UPLOAD_BYTES + 1);
        }
        if (content.length > UploadSizeLimit.MAX_UPLOAD_BYTES) {
            return UploadSizeLimit.tooLarge();
        }
        CertificateView read = intake.receive(vendorId, file.getFileName().orElse(null), content);
        if (read.reading()) {
            return Response.accepted(decided(read))
                    .location(uris.getBaseUriBuilder().path("v1/certificates/{id}").build(read.id()))
                    .build();
        }
        return Response.status(Response.Status.CREATED).entity(decided(read)).build();
    }

    private DecidedCertificate decided(CertificateView certificate) {
        return DecidedCertificate.of(certificate, compliance.standing(certificate.vendorId()).orElse(null));
    }
}
