package org.opencoi.compliance.domain;

import java.time.LocalDate;
import java.util.List;

/** The counts and listings compliance reports are made of. */
public interface ReportRepository {

    /** What vendors are grouped by. */
    enum Grouping {
        NONE, TIER, PROFILE
    }

    /** How many vendors are in each status, per value of the grouping (tier or profile name; null for none). */
    List<VendorCount> vendorsByStatus(Grouping grouping);

    /** Policies of certificates that count for decisions expiring from one day to another, soonest first. */
    List<ExpiringPolicy> expiringPolicies(LocalDate from, LocalDate to, int limit);
}
