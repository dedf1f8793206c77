package org.opencoi.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Starting batch jobs over REST: unknown jobs, bad parameters and callers who may not. */
class BatchJobIT extends DeployedEarTest {

    @Test
    void unknownJobIsNotFoundAndBadDatesAreRefused() {
        assertThat(CoiClient.as("admin").postEmpty("/coi/api/v1/batch/jobs/no-such-job/executions").statusCode())
                .isEqualTo(404);
        assertThat(CoiClient.as("admin")
                .postEmpty("/coi/api/v1/batch/jobs/audit-extract/executions?from=yesterday&to=2026-01-01")
                .statusCode()).isEqualTo(400);
        assertThat(CoiClient.as("admin")
                .postEmpty("/coi/api/v1/batch/jobs/audit-extract/executions?from=2026-02-01&to=2026-01-31")
                .statusCode()).isEqualTo(400);
    }

    @Test
    void onlyAdminsStartJobs() {
        assertThat(CoiClient.as("viewer")
                .postEmpty("/coi/api/v1/batch/jobs/audit-extract/executions?from=2026-01-01&to=2026-01-02")
                .statusCode()).isEqualTo(403);
    }
}
