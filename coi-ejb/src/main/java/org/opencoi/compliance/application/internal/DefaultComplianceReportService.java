package org.opencoi.compliance.application.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.opencoi.audit.application.AuditTrail;
import org.opencoi.audit.domain.AuditAction;
import org.opencoi.compliance.application.ComplianceReport;
import org.opencoi.compliance.application.ComplianceReportService;
import org.opencoi.compliance.application.ExportedReport;
import org.opencoi.compliance.application.ReportFormat;
import org.opencoi.compliance.application.ReportTable;
import org.opencoi.compliance.application.ReportWriter;
import org.opencoi.compliance.domain.ReportRepository;
import org.opencoi.compliance.domain.ReportRepository.Grouping;
import org.opencoi.compliance.domain.VendorCount;
import org.opencoi.shared.application.InvalidRequestException;
import org.opencoi.shared.application.Roles;
import org.opencoi.shared.domain.ComplianceStatus;

@Stateless
@RolesAllowed({Roles.ADMIN, Roles.REVIEWER, Roles.VIEWER})
public class DefaultComplianceReportService implements ComplianceReportService {

    @Inject
    ReportRepository reports;

    @Inject
    @Any
    Instance<ReportWriter> writers;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @Override
    public ReportTable report(ComplianceReport report, int days) {
        return switch (report) {
            case BY_STATUS -> byStatus();
            case BY_TIER -> grouped(report, "Tier", Grouping.TIER);
            case BY_PROFILE -> grouped(report, "Requirement profile", Grouping.PROFILE);
            case EXPIRING -> expiring(days);
        };
    }

    @Override
    public ExportedReport export(ComplianceReport report, int days, ReportFormat format) {
        ReportTable table = report(report, days);
        ReportWriter writer = writers.stream().filter(w -> w.format() == format).findFirst()
                .orElseThrow(() -> new IllegalStateException("no writer for " + format));
        String name = report == ComplianceReport.EXPIRING ? report.fileName() + "-" + days + "-days" : report.fileName();
        ExportedReport exported = new ExportedReport(name + "." + format.extension(), format.contentType(), writer.write(table));
        audit.record(AuditAction.EXPORT, "Report", report.fileName(), null,
                Map.of("file", exported.fileName(), "format", format.name(), "days", days));
        return exported;
    }

    private ReportTable byStatus() {
        Map<ComplianceStatus, Long> counts = new EnumMap<>(ComplianceStatus.class);
        reports.vendorsByStatus(Grouping.NONE).forEach(c -> counts.merge(c.status(), c.vendors(), Long::sum));
        List<List<String>> rows = new ArrayList<>();
        for (ComplianceStatus status : ComplianceStatus.values()) {
            rows.add(List.of(status.name(), String.valueOf(counts.getOrDefault(status, 0L))));
        }
        rows.add(List.of("all", String.valueOf(counts.values().stream().mapToLong(Long::longValue).sum())));
        return new ReportTable(ComplianceReport.BY_STATUS.title(), List.of("Status", "Vendors"), rows);
    }

    /** One row per group, one column per status, and the group's total. */
    private ReportTable grouped(ComplianceReport report, String groupHeading, Grouping grouping) {
        Map<String, Map<ComplianceStatus, Long>> byGroup = new LinkedHashMap<>();
        for (VendorCount count : reports.vendorsByStatus(grouping)) {
            String group = count.group() == null || count.group().isBlank() ? "(none)" : count.group();
            byGroup.computeIfAbsent(group, g -> new EnumMap<>(ComplianceStatus.class))
                    .merge(count.status(), count.vendors(), Long::sum);
        }
        List<String> columns = Stream.concat(Stream.concat(Stream.of(groupHeading),
                Stream.of(ComplianceStatus.values()).map(Enum::name)), Stream.of("Total")).toList();
        List<List<String>> rows = byGroup.entrySet().stream().map(group -> {
            List<String> row = new ArrayList<>();
            row.add(group.getKey());
            for (ComplianceStatus status : ComplianceStatus.values()) {
                row.add(String.valueOf(group.getValue().getOrDefault(status, 0L)));
            }
            row.add(String.valueOf(group.getValue().values().stream().mapToLong(Long::longValue).sum()));
            return row;
        }).toList();
        return new ReportTable(report.title(), columns, rows);
    }

    private ReportTable expiring(int days) {
        if (days < 1 || days > 3650) {
            throw new InvalidRequestException("the expiring window is 1 to 3650 days");
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate to = today.plusDays(days);
        List<List<String>> rows = reports.expiringPolicies(today, to, MAX_EXPIRING_ROWS).stream()
                .map(p -> List.of(p.expirationDate().toString(), p.vendorName(), p.sourceSystem() + " / " + p.externalId(),
                        p.coverage(), p.policyNumber() == null ? "" : p.policyNumber()))
                .toList();
        return new ReportTable(ComplianceReport.EXPIRING.title() + " from " + today + " to " + to,
                List.of("Expires", "Vendor", "External id", "Line", "Policy"), rows);
    }
}
