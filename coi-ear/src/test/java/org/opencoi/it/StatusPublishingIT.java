package org.opencoi.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A synced vendor's status change reaches its ERP's webhook, a real local server on a random port. */
class StatusPublishingIT extends DeployedEarTest {

    private final List<JsonObject> received = new CopyOnWriteArrayList<>();
    private final List<JsonObject> refused = new CopyOnWriteArrayList<>();
    /** While true the ERP is down: it answers 503 and takes nothing. */
    private final AtomicBoolean down = new AtomicBoolean();
    private HttpServer webhook;

    @BeforeEach
    void startWebhook() throws IOException {
        webhook = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        webhook.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            JsonObject message = Json.createReader(new StringReader(body)).readObject();
            if (down.get()) {
                refused.add(message);
                exchange.sendResponseHeaders(503, -1);
            } else {
                received.add(message);
                exchange.sendResponseHeaders(204, -1);
            }
            exchange.close();
        });
        webhook.start();
    }

    @AfterEach
    void stopWebhook() {
        webhook.stop(0);
    }

    @Test
    void statusChangeOfASyncedVendorIsPostedToItsSourceSystemsWebhook() {
        String source = VendorSyncIT.freshSource();
        HttpResponse<String> pointed = CoiClient.as("admin").send("PUT", "/coi/api/v1/sync/webhooks/" + source,
                "{\"url\": \"http://127.0.0.1:" + webhook.getAddress().getPort() + "/hook\"}");
        assertThat(pointed.statusCode()).as(pointed.body()).isEqualTo(204);
        String category = "PUB-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> mapped = CoiClient.as("admin").send("PUT", "/coi/api/v1/sync/category-profiles/" + category,
                "{\"requirementProfileId\": " + VendorSyncIT.createProfile("Publishing " + category) + "}");
        assertThat(mapped.statusCode()).isEqualTo(204);
        HttpResponse<String> synced = CoiClient.as("erp").postJson("/coi/api/v1/sync/vendors", Json.createObjectBuilder()
                .add("sourceSystem", source)
                .add("vendors", Json.createArrayBuilder().add(VendorSyncIT.vendor("PUB-1", "Published Paving LLC", 1)
                        .add("category", category)))
                .build().toString());
        long vendorId = CoiClient.json(synced).getJsonArray("results").getJsonObject(0).getJsonNumber("vendorId").longValue();

        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        HttpResponse<String> entered = CoiClient.as("reviewer").postJson("/coi/api/v1/vendors/" + vendorId + "/certificates",
                ComplianceApiIT.certificate("Published Paving LLC", 500_000, today.minusMonths(1), today.plusMonths(11)));
        assertThat(entered.statusCode()).as(entered.body()).isEqualTo(201);
        String status = CoiClient.json(CoiClient.as("viewer").get("/coi/api/v1/vendors/" + vendorId)).getString("status");
        assertThat(status).isNotEqualTo("NO_CERTIFICATE");

        await().atMost(Duration.ofSeconds(60)).until(() -> !received.isEmpty());
        JsonObject message = received.get(0);
        assertThat(message.getString("sourceSystem")).isEqualTo(source);
        assertThat(message.getString("externalId")).isEqualTo("PUB-1");
        assertThat(message.getJsonNumber("vendorId").longValue()).isEqualTo(vendorId);
        assertThat(message.getString("status")).isEqualTo(status);
    }

    @Test
    void changesMadeWhileTheErpIsDownAreDeliveredOnceEachInOrderPerVendorWhenItIsBack() {
        down.set(true);
        String source = pointWebhookOfFreshSource();
        String category = mapFreshCategory();
        List<Long> vendorIds = new ArrayList<>();
        String[] names = {"Ordered Outfitters", "Sequenced Scaffolding", "Queued Quarrying"};
        for (int i = 0; i < names.length; i++) {
            vendorIds.add(syncVendor(source, "ORD-" + i, names[i], category));
        }
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        for (int i = 0; i < names.length; i++) {
            // Short of the profile's minimum: NON_COMPLIANT (payment hold); the waiver then makes it COMPLIANT (release).
            HttpResponse<String> entered = CoiClient.as("reviewer").postJson("/coi/api/v1/vendors/" + vendorIds.get(i)
                    + "/certificates", ComplianceApiIT.certificate(names[i], 500_000, today.minusMonths(1), today.plusMonths(11)));
            assertThat(entered.statusCode()).as(entered.body()).isEqualTo(201);
        }
        // The first change of each vendor has been tried and refused before the second one exists.
        await().atMost(Duration.ofSeconds(60)).until(() -> vendorsIn(refused).containsAll(vendorIds));
        for (long vendorId : vendorIds) {
            HttpResponse<String> waived = CoiClient.as("admin").postJson("/coi/api/v1/vendors/" + vendorId + "/exceptions",
                    Json.createObjectBuilder().add("kind", "LIMIT_BELOW_MINIMUM").add("coverage", "GL")
                            .add("limit", "EACH_OCCURRENCE").add("until", today.plusDays(60).toString())
                            .add("reason", "Umbrella renewal confirmed by the broker").build().toString());
            assertThat(waived.statusCode()).as(waived.body()).isEqualTo(201);
            assertThat(CoiClient.json(CoiClient.as("viewer").get("/coi/api/v1/vendors/" + vendorId)).getString("status"))
                    .isEqualTo("COMPLIANT");
        }
        // Still down through at least one more round of retries.
        int refusedSoFar = refused.size();
        await().atMost(Duration.ofSeconds(60)).until(() -> refused.size() > refusedSoFar);

        down.set(false);

        await().atMost(Duration.ofSeconds(180)).until(() -> vendorIds.stream().allMatch(id ->
                !messagesOf(received, id).isEmpty()
                        && messagesOf(received, id).get(messagesOf(received, id).size() - 1).getString("status").equals("COMPLIANT")));
        for (long vendorId : vendorIds) {
            List<JsonObject> delivered = messagesOf(received, vendorId);
            List<Long> changeIds = delivered.stream().map(m -> m.getJsonNumber("changeId").longValue()).toList();
            assertThat(changeIds).as("each change once, oldest first").doesNotHaveDuplicates().isSorted();
            assertThat(delivered).extracting(m -> m.getString("status")).endsWith("NON_COMPLIANT", "COMPLIANT");
            assertThat(delivered).extracting(m -> m.getString("paymentAction")).endsWith("HOLD", "RELEASE");
            // While the ERP was down only each vendor's oldest undelivered change was tried.
            assertThat(messagesOf(refused, vendorId)).extracting(m -> m.getJsonNumber("changeId").longValue())
                    .containsOnly(changeIds.get(0));
        }
    }

    private static List<JsonObject> messagesOf(List<JsonObject> messages, long vendorId) {
        return messages.stream().filter(m -> m.getJsonNumber("vendorId").longValue() == vendorId).toList();
    }

    private static Set<Long> vendorsIn(List<JsonObject> messages) {
        return messages.stream().map(m -> m.getJsonNumber("vendorId").longValue()).collect(Collectors.toSet());
    }

    private String pointWebhookOfFreshSource() {
        String source = VendorSyncIT.freshSource();
        HttpResponse<String> pointed = CoiClient.as("admin").send("PUT", "/coi/api/v1/sync/webhooks/" + source,
                "{\"url\": \"http://127.0.0.1:" + webhook.getAddress().getPort() + "/hook\"}");
        assertThat(pointed.statusCode()).as(pointed.body()).isEqualTo(204);
        return source;
    }

    private static String mapFreshCategory() {
        String category = "PUB-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> mapped = CoiClient.as("admin").send("PUT", "/coi/api/v1/sync/category-profiles/" + category,
                "{\"requirementProfileId\": " + VendorSyncIT.createProfile("Publishing " + category) + "}");
        assertThat(mapped.statusCode()).isEqualTo(204);
        return category;
    }

    private static long syncVendor(String source, String externalId, String name, String category) {
        HttpResponse<String> synced = CoiClient.as("erp").postJson("/coi/api/v1/sync/vendors", Json.createObjectBuilder()
                .add("sourceSystem", source)
                .add("vendors", Json.createArrayBuilder().add(VendorSyncIT.vendor(externalId, name, 1).add("category", category)))
                .build().toString());
        assertThat(synced.statusCode()).as(synced.body()).isEqualTo(200);
        return CoiClient.json(synced).getJsonArray("results").getJsonObject(0).getJsonNumber("vendorId").longValue();
    }

    @Test
    void webhookMustBeAnHttpUrl() {
        HttpResponse<String> refused = CoiClient.as("admin").send("PUT", "/coi/api/v1/sync/webhooks/ANY",
                "{\"url\": \"file:///etc/passwd\"}");

        assertThat(refused.statusCode()).isEqualTo(400);
    }
}
