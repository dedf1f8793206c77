package org.opencoi.compliance.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.opencoi.compliance.application.NightlyComplianceService;
import org.opencoi.compliance.application.NightlyRunSummary;
import org.opencoi.shared.application.BatchJob;

/**
 * The nightly-compliance job: decides every active vendor with a profile as of {@code asOf} (today unless given) in
 * {@code partitions} partitions on {@code threads} threads, {@code chunkSize} vendors per transaction, and counts what
 * the run did on that day.
 */
@ApplicationScoped
public class NightlyComplianceJob implements BatchJob {

    public static final String NAME = "nightly-compliance";

    @Inject
    NightlyComplianceService nightly;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<String> daysDefaultingToToday() {
        return Set.of("asOf");
    }

    @Override
    public Set<String> wholeNumbers() {
        return Set.of("partitions", "threads", "chunkSize");
    }

    @Override
    public Map<String, Long> counts(Map<String, String> parameters) {
        if (!parameters.containsKey("asOf")) {
            return Map.of();
        }
        NightlyRunSummary summary = nightly.summary(LocalDate.parse(parameters.get("asOf")));
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("vendorsToDecide", summary.vendorsToDecide());
        counts.put("vendorsDecided", summary.decided());
        counts.put("statusChanges", summary.statusChanges());
        counts.put("waiversLapsed", summary.waiversLapsed());
        counts.put("renewalsQueued", summary.renewalsQueued());
        return counts;
    }
}
