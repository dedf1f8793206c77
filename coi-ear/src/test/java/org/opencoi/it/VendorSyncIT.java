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
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
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
    void theSameTenThousandVendorFeedReplayedThreeTimesLeavesTheSameDatabase() {
        String source = freshSource();
        List<String> feed = feed(source, 10_000, i -> vendor("F-" + i, "Feed Vendor " + i, 1000 + i));

        Map<String, Long> first = sendFeed(feed);
        String digest = heldDigest(source);
        long total = vendorTotal();
        Map<String, Long> second = sendFeed(feed);
        String secondDigest = heldDigest(source);
        Map<String, Long> third = sendFeed(feed);

        assertThat(first).containsExactly(Map.entry("CREATED", 10_000L));
        assertThat(second).containsExactly(Map.entry("UNCHANGED", 10_000L));
        assertThat(third).isEqualTo(second);
        assertThat(heldCount(source)).isEqualTo(10_000);
        assertThat(secondDigest).isEqualTo(digest);
        assertThat(heldDigest(source)).isEqualTo(digest);
        assertThat(vendorTotal()).isEqualTo(total);
    }

    @Test
    void outOfOrderVersionsAreAnsweredStaleAndLeaveTheNewestRecord() {
        String source = freshSource();

        JsonArray newest = results(sync(source, vendor("O", "Order Co v3", 3)));
        JsonArray older = results(sync(source, vendor("O", "Order Co v1", 1)));
        JsonArray between = results(sync(source, vendor("O", "Order Co v2", 2)));
        JsonArray next = results(sync(source, vendor("O", "Order Co v4", 4)));

        assertThat(outcomes(newest)).containsExactly("CREATED");
        assertThat(outcomes(older)).containsExactly("UNCHANGED");
        assertThat(older.getJsonObject(0).getString("reason")).contains("stale").contains("held version 3");
        assertThat(outcomes(between)).containsExactly("UNCHANGED");
        assertThat(between.getJsonObject(0).getString("reason")).contains("stale");
        assertThat(outcomes(next)).containsExactly("UPDATED");
        JsonObject held = held(source).get(0);
        assertThat(held.getJsonObject("synced").getString("name")).isEqualTo("Order Co v4");
        assertThat(held.getJsonObject("synced").getJsonNumber("sourceVersion").longValue()).isEqualTo(4);
    }

    @Test
    void onePercentMalformedRecordsAreRejectedWithTheirReasonsAndTheRestApplies() {
        String source = freshSource();
        List<JsonObjectBuilder> records = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            JsonObjectBuilder record = vendor("M-" + i, "Mixed Vendor " + i, 1);
            if (i % 100 == 7) {
                record = i % 200 == 7 ? vendor("M-" + i, null, 1) : record.add("agentEmail", "agent at broker");
            }
            records.add(record);
        }

        JsonArray results = results(sync(source, records.toArray(JsonObjectBuilder[]::new)));

        assertThat(countByOutcome(results)).containsOnly(Map.entry("CREATED", 990L), Map.entry("REJECTED", 10L));
        List<JsonObject> rejected = results.getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("outcome").equals("REJECTED")).toList();
        assertThat(rejected).extracting(r -> r.getString("externalId"))
                .containsExactly("M-7", "M-107", "M-207", "M-307", "M-407", "M-507", "M-607", "M-707", "M-807", "M-907");
        assertThat(rejected).extracting(r -> r.getString("reason"))
                .containsOnly("name is required", "agentEmail is not an e-mail address");
        List<JsonObject> kept = CoiClient.jsonArray(CoiClient.as("admin").get("/coi/api/v1/sync/rejections?limit=500"))
                .getValuesAs(JsonObject.class).stream().filter(r -> r.getString("sourceSystem").equals(source)).toList();
        assertThat(kept).extracting(r -> r.getString("externalId")).containsExactlyInAnyOrder(
                rejected.stream().map(r -> r.getString("externalId")).toArray(String[]::new));
        assertThat(heldCount(source)).isEqualTo(990);
    }

    @Test
    void theSameNewVendorsSentByParallelRequestsAreCreatedOnceAndNoRequestFails() throws Exception {
        String source = freshSource();
        List<String> feed = feed(source, 100, i -> vendor("P-" + i, "Parallel Vendor " + i, 1));
        int requests = 6;
        ExecutorService pool = Executors.newFixedThreadPool(requests);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return CoiClient.as("erp").postJson(SYNC, feed.get(0));
                }));
            }
            start.countDown();

            Map<String, Long> outcomes = new HashMap<>();
            Map<String, Set<Long>> idsByKey = new HashMap<>();
            for (Future<HttpResponse<String>> answer : answers) {
                for (JsonObject result : results(answer.get(120, TimeUnit.SECONDS)).getValuesAs(JsonObject.class)) {
                    outcomes.merge(result.getString("outcome"), 1L, Long::sum);
                    idsByKey.computeIfAbsent(result.getString("externalId"), k -> new HashSet<>())
                            .add(result.getJsonNumber("vendorId").longValue());
                }
            }
            assertThat(outcomes.get("CREATED")).isEqualTo(100L);
            assertThat(outcomes.get("UNCHANGED")).isEqualTo(100L * (requests - 1));
            assertThat(idsByKey).hasSize(100).allSatisfy((key, ids) -> assertThat(ids).hasSize(1));
            assertThat(heldCount(source)).isEqualTo(100);
        } finally {
            pool.shutdownNow();
        }
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

    static JsonArray results(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return CoiClient.json(response).getJsonArray("results");
    }

    private static List<String> outcomes(JsonArray results) {
        return results.getValuesAs(JsonObject.class).stream().map(r -> r.getString("outcome")).toList();
    }

    static Map<String, Long> countByOutcome(JsonArray results) {
        return results.getValuesAs(JsonObject.class).stream()
                .collect(Collectors.groupingBy(r -> r.getString("outcome"), Collectors.counting()));
    }

    /** The feed as request bodies of at most 1,000 vendors each. */
    static List<String> feed(String source, int size, IntFunction<JsonObjectBuilder> vendor) {
        List<String> bodies = new ArrayList<>();
        for (int start = 0; start < size; start += 1000) {
            JsonArrayBuilder batch = Json.createArrayBuilder();
            for (int i = start; i < Math.min(size, start + 1000); i++) {
                batch.add(vendor.apply(i));
            }
            bodies.add(Json.createObjectBuilder().add("sourceSystem", source).add("vendors", batch).build().toString());
        }
        return bodies;
    }

    private static Map<String, Long> sendFeed(List<String> feed) {
        Map<String, Long> outcomes = new TreeMap<>();
        for (String batch : feed) {
            countByOutcome(results(CoiClient.as("erp").postJson(SYNC, batch))).forEach((k, v) -> outcomes.merge(k, v, Long::sum));
        }
        return outcomes;
    }

    /** Every vendor held for the source system, by external id, as the reconciliation endpoint shows them. */
    static List<JsonObject> held(String source) {
        List<JsonObject> held = new ArrayList<>();
        for (int offset = 0; ; offset += 500) {
            HttpResponse<String> page = CoiClient.as("erp").get(SYNC + "?sourceSystem=" + source + "&limit=500&offset=" + offset);
            assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
            List<JsonObject> rows = CoiClient.jsonArray(page).getValuesAs(JsonObject.class);
            held.addAll(rows);
            if (rows.size() < 500) {
                return held;
            }
        }
    }

    static int heldCount(String source) {
        return held(source).size();
    }

    /** A SHA-256 over every held vendor of the source system: the same digest, the same vendors. */
    static String heldDigest(String source) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (JsonObject vendor : held(source)) {
                sha.update(vendor.toString().getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static long vendorTotal() {
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
