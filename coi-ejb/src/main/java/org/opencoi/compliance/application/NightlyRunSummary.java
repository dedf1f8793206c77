package org.opencoi.compliance.application;

import java.time.LocalDate;

/**
 * What the nightly run of one day did so far: vendors to decide and decided, status changes, waivers lapsed, renewal
 * requests queued.
 */
public record NightlyRunSummary(
        LocalDate day,
        long vendorsToDecide,
        long decided,
        long statusChanges,
        long waiversLapsed,
        long renewalsQueued) {
}
