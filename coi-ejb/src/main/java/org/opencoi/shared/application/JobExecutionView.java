package org.opencoi.shared.application;

import java.time.Instant;

/** One run of a batch job: its state, how it ended, and when it ran. */
public record JobExecutionView(
        long id,
        String jobName,
        String status,
        String exitStatus,
        Instant startedAt,
        Instant endedAt) {
}
