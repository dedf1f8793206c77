package org.opencoi.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** ERP vendor sync end to end: batches over REST, their per-record results, and what they leave behind. */
class VendorSyncIT extends DeployedEarTest {

    private static final String SYNC = "/coi/api/v1/sync/vendors";
    /** The default drop directory of the test server: coi/vendor-drop in its data directory. */
    private static final Path DROP = Path.of(System.getProperty("it.server.dir"), "data", "coi", "vendor-drop");

    @Test
    void batchCreatesUpdatesAndLeavesUnchangedOrStaleRecordsAlone() {
        String source = freshSource();
        JsonArray first = results(sync(source, vendor("A", "Acme Roofing", 1), vendor("B", "Bolt Electric", 1),
                vendor("C", null, 1)));
        assertThat(outcomes(first)).containsExactly("CREATED", "CREATED", "REJECTED");
        assertThat(first.getJsonObject(2).getString("reason")).contains("name is required");

        JsonArray second = results(sync(source, vendor("A", "Acme Roofing & Siding", 2), vendor("B", "Bolt Electric", 1)));
        assertThat(outcomes(second)).containsExactly("UPDATED", "UNCHANGED");

        JsonArray stale = results(sync(source, vendor("A", "Acme Roofing (old)", 1)));
        assertThat(outcomes(stale)).containsExactly("UNCHANGED");
        assertThat(stale.getJsonObject(0).getString("reason")).contains("stale");

        JsonObject held = CoiClient.json(CoiClient.as("viewer").get("/coi/api/v1/vendors/by-source/" + source + "/A"));
        assertThat(held.getString("name")).isEqualTo("Acme Roofing & Siding");
        assertThat(held.getJsonNumber("id").longValue()).isEqualTo(first.getJsonObject(0).getJsonNumber("vendorId").longValue());
    }

    @Test
    void inactiveRecordDeactivatesTheVendorAndIsAuditedAsSync() {
        String source = freshSource();
        long id = results(sync(source, vendor("D", "Dormant Inc", 5))).getJsonObject(0).getJsonNumber("vendorId").longValue();

        JsonArray deactivated = results(sync(source, vendor("D", "Dormant Inc", 6).add("active", false)));

        assertThat(outcomes(deactivated)).containsExactly("UPDATED");
        assertThat(CoiClient.json(CoiClient.as("viewer").get("/coi/api/v1/vendors/" + id)).getBoolean("active")).isFalse();
        JsonArray events = CoiClient.jsonArray(CoiClient.as("admin").get("/coi/api/v1/audit-events?recordType=Vendor&recordId=" + id));
        assertThat(events.getValuesAs(JsonObject.class)).extracting(e -> e.getString("action")).containsExactly("SYNC", "SYNC");
    }

    @Test
    void rejectedRecordIsKeptForAdminsAndCanBeReplayed() {
        String source = freshSource();
        sync(source, vendor("R", "Rejected Co", 1).add("contactEmail", "not-an-address"));

        HttpResponse<String> forErp = CoiClient.as("erp").get("/coi/api/v1/sync/rejections");
        assertThat(forErp.statusCode()).isEqualTo(403);
        JsonObject rejection = CoiClient.jsonArray(CoiClient.as("admin").get("/coi/api/v1/sync/rejections?limit=500"))
                .getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("sourceSystem").equals(source))
                .findFirst().orElseThrow();
        assertThat(rejection.getString("externalId")).isEqualTo("R");
        assertThat(rejection.getString("reason")).contains("contactEmail is not an e-mail address");
        assertThat(rejection.getString("payload")).contains("not-an-address");

        HttpResponse<String> replayed = CoiClient.as("admin").postEmpty("/coi/api/v1/sync/rejections/"
                + rejection.getJsonNumber("id").longValue() + "/replay");
        assertThat(replayed.statusCode()).isEqualTo(200);
        assertThat(CoiClient.json(replayed).getString("outcome")).isEqualTo("REJECTED");
    }

    @Test
    void newVendorGetsTheProfileOfItsCategoryAndAFirstDecision() {
        String source = freshSource();
        String category = "CAT-" + UUID.randomUUID().toString().substring(0, 8);
        long profileId = createProfile("Sync profile " + category);
        HttpResponse<String> mapped = CoiClient.as("admin").send("PUT", "/coi/api/v1/sync/category-profiles/" + category,
                "{\"requirementProfileId\": " + profileId + "}");
        assertThat(mapped.statusCode()).as(mapped.body()).isEqualTo(204);

        long id = results(sync(source, vendor("P", "Profiled Ltd", 1).add("category", category)))
                .getJsonObject(0).getJsonNumber("vendorId").longValue();

        JsonObject vendor = CoiClient.json(CoiClient.as("viewer").get("/coi/api/v1/vendors/" + id));
        assertThat(vendor.getJsonNumber("requirementProfileId").longValue()).isEqualTo(profileId);
        assertThat(vendor.getString("tier")).isEqualTo(category);
        assertThat(CoiClient.jsonArray(CoiClient.as("viewer").get("/coi/api/v1/vendors/" + id + "/compliance/history")))
                .hasSize(1);
    }

    @Test
    void theSameThousandVendorFeedReplayedThreeTimesLeavesTheSameVendors() {
        String source = freshSource();
        JsonArrayBuilder feed = Json.createArrayBuilder();
        for (int i = 0; i < 1000; i++) {
            feed.add(vendor("F-" + i, "Feed Vendor " + i, 1000 + i));
        }
        String body = Json.createObjectBuilder().add("sourceSystem", source).add("vendors", feed).build().toString();

        Map<String, Long> first = countByOutcome(results(CoiClient.as("erp").postJson(SYNC, body)));
        long total = vendorTotal();
        Map<String, Long> second = countByOutcome(results(CoiClient.as("erp").postJson(SYNC, body)));
        Map<String, Long> third = countByOutcome(results(CoiClient.as("erp").postJson(SYNC, body)));

        assertThat(first).containsExactly(Map.entry("CREATED", 1000L));
        assertThat(second).containsExactly(Map.entry("UNCHANGED", 1000L));
        assertThat(third).isEqualTo(second);
        assertThat(vendorTotal()).isEqualTo(total);
    }

    @Test
    void batchOfMoreThanAThousandIsAProblem() {
        JsonArrayBuilder feed = Json.createArrayBuilder();
        for (int i = 0; i < 1001; i++) {
            feed.add(vendor("X-" + i, "Too Many " + i, 1));
        }
        HttpResponse<String> response = CoiClient.as("erp").postJson(SYNC,
                Json.createObjectBuilder().add("sourceSystem", freshSource()).add("vendors", feed).build().toString());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(CoiClient.json(response).getString("detail")).contains("at most 1000");
    }

    @Test
    void viewersCannotSync() {
        HttpResponse<String> response = CoiClient.as("viewer").postJson(SYNC, Json.createObjectBuilder()
                .add("sourceSystem", freshSource())
                .add("vendors", Json.createArrayBuilder().add(vendor("V", "Viewer Co", 1))).build().toString());

        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void droppedCsvFileEndsInDoneWithAReportAndItsVendorsSynced() throws IOException {
        String source = freshSource();
        String name = "vendors-" + source + ".csv";

        drop(name, "sourceSystem,externalId,version,name,city,country,category\n"
                + source + ",CSV-1,1,\"Comma, Quote \"\"and\"\" Co\",Zürich,CH,HIGH\n"
                + source + ",CSV-2,1,,Basel,CH,LOW\n");

        Path report = DROP.resolve("done").resolve("vendors-" + source + ".report.csv");
        // The file is moved once its report is written and the exchange is done: wait for the move.
        await().atMost(Duration.ofSeconds(60)).until(() -> Files.exists(DROP.resolve("done").resolve(name)));
        assertThat(report).exists();
        List<String> lines = Files.readAllLines(report, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).startsWith("2," + source + ",CSV-1,CREATED,");
        assertThat(lines.get(2)).isEqualTo("3," + source + ",CSV-2,REJECTED,,name is required");
        JsonObject created = CoiClient.json(CoiClient.as("viewer").get("/coi/api/v1/vendors/by-source/" + source + "/CSV-1"));
        assertThat(created.getString("name")).isEqualTo("Comma, Quote \"and\" Co");
        JsonArray events = CoiClient.jsonArray(CoiClient.as("admin").get("/coi/api/v1/audit-events?recordType=Vendor&recordId="
                + created.getJsonNumber("id").longValue()));
        assertThat(events.getJsonObject(0).getString("actor")).isEqualTo("erp-file-drop");
    }

    @Test
    void droppedFileWithoutTheRequiredColumnsEndsInErrorWithTheReason() throws IOException {
        String name = "unreadable-" + freshSource() + ".csv";

        drop(name, "id;title\n1;Acme\n");

        Path report = DROP.resolve("error").resolve(name.replace(".csv", ".report.csv"));
        await().atMost(Duration.ofSeconds(60)).until(() -> Files.exists(DROP.resolve("error").resolve(name)));
        assertThat(report).exists();
        assertThat(Files.readString(report)).contains("the header row lacks the columns");
    }

    /** Written beside and renamed in, as a well-behaved ERP does, so that no half-written file is picked up. */
    private static void drop(String name, String content) throws IOException {
        Files.createDirectories(DROP);
        Path partial = Files.writeString(DROP.resolve(name + ".part"), content, StandardCharsets.UTF_8);
        Files.move(partial, DROP.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }

    static String freshSource() {
        return "IT-" + UUID.randomUUID().toString().substring(0, 12);
    }

    static JsonObjectBuilder vendor(String externalId, String name, long version) {
        JsonObjectBuilder vendor = Json.createObjectBuilder().add("externalId", externalId).add("version", version)
                .add("taxId", "12-3456789").add("addressLine", "1 Main St").add("city", "Springfield")
                .add("state", "IL").add("postalCode", "62701").add("country", "US")
                .add("contactEmail", "ops@vendor.example").add("agentEmail", "agent@broker.example");
        return name == null ? vendor : vendor.add("name", name);
    }

    private static HttpResponse<String> sync(String source, JsonObjectBuilder... vendors) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (JsonObjectBuilder vendor : vendors) {
            array.add(vendor);
        }
        return CoiClient.as("erp").postJson(SYNC,
                Json.createObjectBuilder().add("sourceSystem", source).add("vendors", array).build().toString());
    }

    private static JsonArray results(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return CoiClient.json(response).getJsonArray("results");
    }

    private static List<String> outcomes(JsonArray results) {
        return results.getValuesAs(JsonObject.class).stream().map(r -> r.getString("outcome")).toList();
    }

    private static Map<String, Long> countByOutcome(JsonArray results) {
        return results.getValuesAs(JsonObject.class).stream()
                .collect(Collectors.groupingBy(r -> r.getString("outcome"), Collectors.counting()));
    }

    private static long vendorTotal() {
        return CoiClient.json(CoiClient.as("viewer").get("/coi/api/v1/vendors?limit=1")).getJsonNumber("total").longValue();
    }

    static long createProfile(String name) {
        HttpResponse<String> created = CoiClient.as("admin").postJson("/coi/api/v1/requirement-profiles",
                Json.createObjectBuilder().add("name", name).add("expiringWindowDays", 30)
                        .add("requirements", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("coverage", "GL")
                                .add("acceptedForms", Json.createArrayBuilder().add("OCCURRENCE"))
                                .add("minimumLimits", Json.createObjectBuilder().add("EACH_OCCURRENCE", 1_000_000))))
                        .build().toString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return CoiClient.json(created).getJsonNumber("id").longValue();
    }
}
