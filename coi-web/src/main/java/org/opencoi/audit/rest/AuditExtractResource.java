package org.opencoi.audit.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.nio.file.Files;
import java.util.List;
import org.opencoi.audit.application.AuditExtract;
import org.opencoi.audit.application.AuditExtractFile;
import org.opencoi.audit.application.AuditExtractView;
import org.opencoi.shared.application.Roles;

/**
 * The audit extracts the audit-extract job wrote: /coi/api/v1/audit-extracts lists them, .../{executionId}/csv
 * and .../{executionId}/pdf download their files, with the file's SHA-256 as ETag; admins only.
 */
@Path("/v1/audit-extracts")
@RolesAllowed(Roles.ADMIN)
public class AuditExtractResource {

    @Inject
    AuditExtract extracts;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<AuditExtractView> list() {
        return extracts.list();
    }

    @GET
    @Path("/{executionId}/csv")
    @Produces({"text/csv", MediaType.APPLICATION_JSON})
    public Response csv(@PathParam("executionId") long executionId) {
        return download(extracts.csv(executionId));
    }

    @GET
    @Path("/{executionId}/pdf")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    public Response pdf(@PathParam("executionId") long executionId) {
        return download(extracts.pdf(executionId));
    }

    private static Response download(AuditExtractFile file) {
        StreamingOutput content = out -> Files.copy(file.path(), out);
        return Response.ok(content, file.contentType())
                .header(HttpHeaders.CONTENT_LENGTH, file.bytes())
                .header("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"")
                .tag(file.sha256())
                .build();
    }
}
