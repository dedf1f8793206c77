package org.opencoi.compliance.application;

import jakarta.ejb.Local;

/** Compliance reports: vendors by status, tier and profile, and policies expiring within a window. */
@Local
public interface ComplianceReportService {

    /** The most rows the expiring-policies report lists. */
    int MAX_EXPIRING_ROWS = 10_000;

    /** The report as a table; {@code days} is the window of the expiring-policies report (1 to 3650). */
    ReportTable report(ComplianceReport report, int days);

    /** The report written in the format. */
    ExportedReport export(ComplianceReport report, int days, ReportFormat format);
}
