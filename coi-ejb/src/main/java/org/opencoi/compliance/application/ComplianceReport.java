package org.opencoi.compliance.application;

import org.opencoi.shared.application.InvalidRequestException;

/** The compliance reports there are; each has a name used in addresses and file names. */
public enum ComplianceReport {
    /** How many vendors are in each status. */
    BY_STATUS("compliance-by-status", "Compliance by status"),
    /** Vendors per status for each tier. */
    BY_TIER("compliance-by-tier", "Compliance by tier"),
    /** Vendors per status for each requirement profile. */
    BY_PROFILE("compliance-by-profile", "Compliance by requirement profile"),
    /** Policies expiring within a number of days from today, soonest first. */
    EXPIRING("expiring-policies", "Policies expiring");

    private final String fileName;
    private final String title;

    ComplianceReport(String fileName, String title) {
        this.fileName = fileName;
        this.title = title;
    }

    public String fileName() {
        return fileName;
    }

    public String title() {
        return title;
    }

    /** The report with the given file name, e.g. "compliance-by-tier". */
    public static ComplianceReport named(String fileName) {
        for (ComplianceReport report : values()) {
            if (report.fileName.equals(fileName)) {
                return report;
            }
        }
        throw new InvalidRequestException("there is no report named " + fileName
                + "; the reports are compliance-by-status, compliance-by-tier, compliance-by-profile, expiring-policies");
    }
}
