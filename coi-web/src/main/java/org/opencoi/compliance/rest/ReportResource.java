package org.opencoi.compliance.rest;

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
import java.util.Locale;
import org.opencoi.compliance.application.ComplianceReport;
import org.opencoi.compliance.application.ComplianceReportService;
import org.opencoi.compliance.application.ExportedReport;
import org.opencoi.compliance.application.ReportFormat;
import org.opencoi.shared.application.InvalidRequestException;
import org.opencoi.shared.application.Roles;

/**
 * Compliance reports: /coi/api/v1/reports/{name}, where name is compliance-by-status, compliance-by-tier,
 * compliance-by-profile or expiring-policies (with {@code days}, default 30). Without {@code format} the
 * report is JSON; {@code format=csv}, {@code xlsx} or {@code pdf} downloads it as a file.
 */
@Path("/v1/reports/{name}")
@RolesAllowed({Roles.ADMIN, Roles.REVIEWER, Roles.VIEWER})
public class ReportResource {

    @Inject
    ComplianceReportService reports;

    @GET
    @Produces({MediaType.APPLICATION_JSON, "text/csv", "application/pdf",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    public Response report(@PathParam("name") String name, @QueryParam("days") @DefaultValue("30") int days,
            @QueryParam("format") String format) {
        ComplianceReport report = ComplianceReport.named(name);
        if (format == null || format.isBlank()) {
            return Response.ok(reports.report(report, days), MediaType.APPLICATION_JSON_TYPE).build();
        }
        ExportedReport exported = reports.export(report, days, format(format));
        return Response.ok(exported.content(), exported.contentType())
                .header("Content-Disposition", "attachment; filename=\"" + exported.fileName() + "\"")
                .build();
    }

    private static ReportFormat format(String name) {
        try {
            return ReportFormat.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("format must be csv, xlsx or pdf");
        }
    }
}
