package org.opencoi.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The audit-extract Jakarta Batch job, started through the server's JobOperator and followed to its end. */
class BatchJobIT extends DeployedEarTest {

    @Test
    void auditExtractWritesTodaysEventsAsCsv() throws IOException {
        JsonObject vendor = CoiClient.registerVendor("Audit Extract Check LLC");
        String today = LocalDate.now(ZoneOffset.UTC).toString();

        HttpResponse<String> started = CoiClient.as("admin")
                .postEmpty("/coi/api/v1/batch/jobs/audit-extract/executions?from=" + today + "&to=" + today);

        assertThat(started.statusCode()).isEqualTo(202);
        String execution = URI.create(started.headers().firstValue("Location").orElseThrow()).getPath();
        JsonObject finished = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> CoiClient.json(CoiClient.as("admin").get(execution)),
                        e -> !e.getString("status").equals("STARTING") && !e.getString("status").equals("STARTED"));
        assertThat(finished.getString("status")).isEqualTo("COMPLETED");
        assertThat(finished.getString("exitStatus")).startsWith("WROTE ").contains(" EVENTS TO ");

        Path csv = Path.of(System.getProperty("it.server.dir"), "data", "coi", "audit-extracts",
                "audit-extract-" + finished.getJsonNumber("id") + ".csv");
        assertThat(Files.readString(csv)).startsWith("id,occurred_at,actor,action")
                .contains(vendor.getString("externalId"))
                .contains("erp,CREATE,Vendor");
    }

    @Test
    void unknownJobIsNotFoundAndBadDatesAreRefused() {
        assertThat(CoiClient.as("admin").postEmpty("/coi/api/v1/batch/jobs/no-such-job/executions").statusCode())
                .isEqualTo(404);
        assertThat(CoiClient.as("admin")
                .postEmpty("/coi/api/v1/batch/jobs/audit-extract/executions?from=yesterday&to=2026-01-01")
                .statusCode()).isEqualTo(400);
    }

    @Test
    void onlyAdminsStartJobs() {
        assertThat(CoiClient.as("viewer")
                .postEmpty("/coi/api/v1/batch/jobs/audit-extract/executions?from=2026-01-01&to=2026-01-02")
                .statusCode()).isEqualTo(403);
    }
}
