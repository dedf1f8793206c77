package org.opencoi.sync.erp;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.opencoi.shared.domain.ComplianceStatus;
import org.opencoi.shared.integration.ErrorHandlingConfiguration;
import org.opencoi.sync.application.PendingStatus;

/** The publishing route against a real local webhook on a random port. */
class StatusPublishingRouteTest extends CamelTestSupport {

    private final InMemoryStatusOutbox outbox = new InMemoryStatusOutbox();
    private final List<String> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger refusals = new AtomicInteger();
    private HttpServer webhook;

    @Override
    protected RoutesBuilder[] createRouteBuilders() throws IOException {
        webhook = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        webhook.createContext("/hook", exchange -> {
            received.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            int status = refusals.getAndUpdate(n -> Math.max(0, n - 1)) > 0 ? 503 : 204;
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        webhook.start();
        return new RoutesBuilder[] {new ErrorHandlingConfiguration(),
                new StatusPublishingRoute(outbox, HttpClient.newHttpClient(), Duration.ofMillis(100))};
    }

    @AfterEach
    void stopWebhook() {
        webhook.stop(0);
    }

    private String hook() {
        return "http://127.0.0.1:" + webhook.getAddress().getPort() + "/hook";
    }

    @Test
    void dueChangeIsPostedAsJsonAndDelivered() throws InterruptedException {
        PendingStatus change = outbox.add(hook(), "V-\"1\"", ComplianceStatus.NON_COMPLIANT);

        assertThat(outbox.awaitDelivery(Duration.ofSeconds(10))).isTrue();
        assertThat(outbox.delivered).containsExactly(1L);
        assertThat(received).first().isEqualTo("{\"changeId\":" + change.id() + ",\"sourceSystem\":\"SAP-EU\","
                + "\"externalId\":\"V-\\\"1\\\"\",\"vendorId\":40,"
                + "\"status\":\"NON_COMPLIANT\",\"paymentAction\":\"HOLD\",\"changedAt\":\"2026-11-29T10:00:00Z\"}");
    }

    @Test
    void refusedDeliveryIsAFailureAndIsDeliveredOnALaterAttempt() throws InterruptedException {
        refusals.set(2);
        outbox.add(hook(), "V-2", ComplianceStatus.COMPLIANT);

        assertThat(outbox.awaitDelivery(Duration.ofSeconds(10))).isTrue();
        assertThat(outbox.failures).containsExactly("1: HTTP 503", "1: HTTP 503");
        assertThat(received).hasSize(3);
        assertThat(outbox.delivered).containsExactly(1L);
    }

    @Test
    void unreachableWebhookIsAFailure() throws InterruptedException {
        outbox.add("http://127.0.0.1:1/hook", "V-3", ComplianceStatus.EXPIRING);
        NotifyBuilder attempted = new NotifyBuilder(context).fromRoute(StatusPublishingRoute.ROUTE_ID)
                .whenCompleted(1).create();

        assertThat(outbox.awaitFailure(Duration.ofSeconds(10))).isTrue();
        assertThat(attempted.matches(10, TimeUnit.SECONDS)).isTrue();
        assertThat(outbox.failures).isNotEmpty().allMatch(f -> f.startsWith("1: java.net.ConnectException"));
        assertThat(outbox.delivered).isEmpty();
    }
}
