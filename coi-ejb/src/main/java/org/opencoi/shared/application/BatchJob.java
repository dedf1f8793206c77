package org.opencoi.shared.application;

import java.util.Map;
import java.util.Set;

/**
 * A batch job that a context offers to be started, followed and restarted from outside, as a CDI bean of that context:
 * its name (the job XML file's name), the parameters it takes and the counts of its own it adds to an execution's.
 * Admins start every job; the job service checks.
 */
public interface BatchJob {

    /** The job's id, its job XML file's name in kebab-case. */
    String name();

    /** The days the job needs, each given as YYYY-MM-DD; a {@code to} day may not come before a {@code from} day. */
    default Set<String> days() {
        return Set.of();
    }

    /** The days the job takes as YYYY-MM-DD, each today when not given. */
    default Set<String> daysDefaultingToToday() {
        return Set.of();
    }

    /** The whole numbers of at least 1 the job takes, each optional. */
    default Set<String> wholeNumbers() {
        return Set.of();
    }

    /** The job's own counts of an execution started with these parameters, shown beside its steps' counts. */
    default Map<String, Long> counts(Map<String, String> parameters) {
        return Map.of();
    }
}
