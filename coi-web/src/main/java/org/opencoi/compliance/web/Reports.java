package org.opencoi.compliance.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.opencoi.compliance.application.ComplianceReport;
import org.opencoi.compliance.application.ComplianceReportService;
import org.opencoi.compliance.application.ReportTable;

/**
 * The reports screen: one report shown as a table, with links that export it as CSV, XLSX or PDF. The
 * chosen report and window are the page's parameters.
 */
@Named
@ViewScoped
public class Reports implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ComplianceReportService reports;

    private ComplianceReport report = ComplianceReport.BY_STATUS;
    private int days = 30;
    private ReportTable table;

    public void load() {
        table = reports.report(report, days);
    }

    /** Shows the report chosen, at an address that keeps the choice. */
    public String show() {
        return "/reports?faces-redirect=true&includeViewParams=true";
    }

    public ComplianceReport[] getReports() {
        return ComplianceReport.values();
    }

    public ReportTable getTable() {
        return table;
    }

    public ComplianceReport getReport() {
        return report;
    }

    public void setReport(ComplianceReport report) {
        this.report = report == null ? ComplianceReport.BY_STATUS : report;
    }

    public int getDays() {
        return days;
    }

    public void setDays(int days) {
        this.days = days;
    }
}
