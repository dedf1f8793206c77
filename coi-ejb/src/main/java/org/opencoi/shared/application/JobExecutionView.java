package org.opencoi.shared.application;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One run of a batch job: its state, how it ended, when it ran, its parameters, the counts of its steps summed over
 * their partitions (READ_COUNT, WRITE_COUNT, COMMIT_COUNT, ROLLBACK_COUNT, ...) plus the job's own counts, and the
 * exit status of each step that did not complete.
 */
public record JobExecutionView(
        long id,
        String jobName,
        String status,
        String exitStatus,
        Instant startedAt,
        Instant endedAt,
        Map<String, String> parameters,
        Map<String, Long> counts,
        List<String> errors) {
}
