package org.opencoi.compliance.application;

import jakarta.ejb.Local;
import java.time.LocalDate;
import java.util.List;

/** The work of the nightly-compliance job, one chunk of vendors at a time. */
@Local
public interface NightlyComplianceService {

    /**
     * Ids, ascending and above {@code afterId}, of the vendors decided every night (active, with a requirement
     * profile) in one partition of {@code partitions}: those whose id leaves {@code partition} divided by
     * {@code partitions}. The partitions of a vendor never change, so that a restarted run skips none.
     */
    List<Long> vendorsToDecide(int partitions, int partition, long afterId, int limit);

    /**
     * For each vendor the nightly run has not decided on {@code day} yet: marks its waivers lapsed whose last day has
     * passed, decides it as of that day, and queues the renewal milestone due. Deciding as of today records a decision,
     * and a status change, only where the vendor's decision in force found otherwise; either way the vendor is marked
     * decided for the day, with the decision that holds. A vendor
     * decided that day already is left alone, so that a repeated or restarted run changes nothing twice.
     *
     * @return how many vendors were decided
     */
    int decide(List<Long> vendorIds, LocalDate day);

    /** What the nightly run did on a day. */
    NightlyRunSummary summary(LocalDate day);
}
