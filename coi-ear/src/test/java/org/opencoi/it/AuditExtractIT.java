package org.opencoi.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The audit-extract job started over REST, followed to its end, and its CSV and PDF summary downloaded. */
class AuditExtractIT extends DeployedEarTest {

    @Test
    void extractOfTodayHoldsTodaysEventsAndItsSummaryCarriesTheCsvHash() throws IOException {
        JsonObject vendor = CoiClient.registerVendor("Audit Extract Check LLC");
        long executionId = finishedExtractOfToday();

        JsonObject listed = CoiClient.jsonArray(CoiClient.as("admin").get("/coi/api/v1/audit-extracts")).stream()
                .map(JsonObject.class::cast).filter(e -> e.getJsonNumber("executionId").longValue() == executionId)
                .findFirst().orElseThrow();
        HttpResponse<byte[]> csv = CoiClient.as("admin").download("/coi/api/v1/audit-extracts/" + executionId + "/csv");
        HttpResponse<byte[]> pdf = CoiClient.as("admin").download("/coi/api/v1/audit-extracts/" + executionId + "/pdf");

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow())
                .isEqualTo("attachment; filename=\"audit-extract-" + executionId + ".csv\"");
        String csvSha256 = sha256(csv.body());
        assertThat(csv.headers().firstValue("ETag").orElseThrow()).isEqualTo("\"" + csvSha256 + "\"");
        assertThat(listed.getString("csvSha256")).isEqualTo(csvSha256);
        assertThat(listed.getString("from")).isEqualTo(today());
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(new String(csv.body(), StandardCharsets.UTF_8))).getRecords();
        assertThat(rows).hasSize(listed.getJsonNumber("events").intValue())
                .anyMatch(row -> row.get("actor").equals("erp") && row.get("action").equals("CREATE")
                        && row.get("record_type").equals("Vendor")
                        && row.get("after").contains(vendor.getString("externalId"))
                        && !row.get("event_hash").isEmpty());

        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("application/pdf");
        assertThat(pdf.headers().firstValue("Content-Disposition").orElseThrow())
                .isEqualTo("attachment; filename=\"audit-extract-" + executionId + ".pdf\"");
        assertThat(pdf.headers().firstValue("ETag").orElseThrow()).isEqualTo("\"" + sha256(pdf.body()) + "\"");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertThat(new PDFTextStripper().getText(document))
                    .contains("SHA-256 of the CSV: " + csvSha256)
                    .contains("Days covered (UTC, both included): " + today() + " to " + today())
                    .contains("Total vendors: ");
        }
    }

    @Test
    void everyDownloadIsAudited() {
        long executionId = finishedExtractOfToday();

        CoiClient.as("admin").download("/coi/api/v1/audit-extracts/" + executionId + "/csv");
        CoiClient.as("admin").download("/coi/api/v1/audit-extracts/" + executionId + "/pdf");

        List<JsonObject> exports = CoiClient.jsonArray(CoiClient.as("admin")
                        .get("/coi/api/v1/audit-events?recordType=AuditExtract&recordId=" + executionId)).stream()
                .map(JsonObject.class::cast).toList();
        assertThat(exports).hasSize(2).allMatch(e -> e.getString("action").equals("EXPORT") && e.getString("actor").equals("admin"));
        assertThat(exports.get(0).getString("after")).contains("\"format\":\"csv\"");
        assertThat(exports.get(1).getString("after")).contains("\"format\":\"pdf\"");
    }

    @Test
    void missingExtractIsAProblemAndOnlyAdminsSeeExtracts() {
        HttpResponse<String> missing = CoiClient.as("admin").get("/coi/api/v1/audit-extracts/987654321987/pdf");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(CoiClient.json(missing).getString("detail")).contains("987654321987");

        assertThat(CoiClient.as("viewer").get("/coi/api/v1/audit-extracts").statusCode()).isEqualTo(403);
        assertThat(CoiClient.as("viewer").get("/coi/api/v1/audit-extracts/1/csv").statusCode()).isEqualTo(403);
        assertThat(CoiClient.as("reviewer").get("/coi/api/v1/audit-extracts/1/pdf").statusCode()).isEqualTo(403);
    }

    private static long finishedExtractOfToday() {
        HttpResponse<String> started = CoiClient.as("admin")
                .postEmpty("/coi/api/v1/batch/jobs/audit-extract/executions?from=" + today() + "&to=" + today());
        assertThat(started.statusCode()).isEqualTo(202);
        String execution = URI.create(started.headers().firstValue("Location").orElseThrow()).getPath();
        JsonObject finished = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> CoiClient.json(CoiClient.as("admin").get(execution)),
                        e -> !e.getString("status").equals("STARTING") && !e.getString("status").equals("STARTED"));
        assertThat(finished.getString("status")).isEqualTo("COMPLETED");
        assertThat(finished.getString("exitStatus")).startsWith("WROTE ").contains(" EVENTS, CSV SHA-256 ");
        return finished.getJsonNumber("id").longValue();
    }

    private static String today() {
        return LocalDate.now(ZoneOffset.UTC).toString();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
