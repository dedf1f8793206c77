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
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A synced vendor's status change reaches its ERP's webhook, a real local server on a random port. */
class StatusPublishingIT extends DeployedEarTest {

    private final List<JsonObject> received = new CopyOnWriteArrayList<>();
    private HttpServer webhook;

    @BeforeEach
    void startWebhook() throws IOException {
        webhook = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        webhook.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(Json.createReader(new StringReader(body)).readObject());
            exchange.sendResponseHeaders(204, -1);
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
    void webhookMustBeAnHttpUrl() {
        HttpResponse<String> refused = CoiClient.as("admin").send("PUT", "/coi/api/v1/sync/webhooks/ANY",
                "{\"url\": \"file:///etc/passwd\"}");

        assertThat(refused.statusCode()).isEqualTo(400);
    }
}
