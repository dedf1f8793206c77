package org.opencoi.compliance.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.opencoi.compliance.domain.OpenDeficiency;
import org.opencoi.shared.domain.ComplianceStatus;

/**
 * Where all vendors stand at a glance: how many are in each status, how many have a policy expiring
 * within each window from today, the newest deficiencies to chase and how many certificates wait for review.
 */
public record ComplianceOverview(
        Map<ComplianceStatus, Long> vendorsByStatus,
        List<ExpiringWindow> expiring,
        List<OpenDeficiency> newestDeficiencies,
        long reviewQueueSize) {

    /** Vendors with a policy expiring from {@code from} to {@code to}, the next {@code days} days. */
    public record ExpiringWindow(int days, LocalDate from, LocalDate to, long vendors) {
    }
}
