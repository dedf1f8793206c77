package org.opencoi.sync.erp;

import jakarta.json.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Objects;
import org.apache.camel.builder.RouteBuilder;
import org.eclipse.microprofile.config.Config;
import org.opencoi.sync.application.PaymentAction;
import org.opencoi.sync.application.PendingStatus;

/**
 * Tells ERP systems about compliance status changes: every period it takes the due changes from the
 * outbox (at most one per vendor, its oldest undelivered) and POSTs each, as JSON (see {@link #json(PendingStatus)}), to its source system's webhook. A 2xx
 * answer delivers it; anything else, or no answer, is a failure the outbox retries later with a growing
 * wait. Retries live in the outbox, not in Camel, so that they survive a restart and run on any node.
 */
public class StatusPublishingRoute extends RouteBuilder {

    public static final String ROUTE_ID = "erp-status-publishing";
    public static final Duration DEFAULT_PERIOD = Duration.ofSeconds(5);
    /** The setting of the period, in seconds. */
    public static final String PERIOD_SETTING = "COI_STATUS_PUBLISH_SECONDS";
    static final int BATCH = 100;
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final StatusOutbox outbox;
    private final HttpClient http;
    private final Duration period;

    public StatusPublishingRoute(StatusOutbox outbox, HttpClient http, Duration period) {
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.http = Objects.requireNonNull(http, "http");
        this.period = Objects.requireNonNull(period, "period");
    }

    /** The period the server runs with: {@value #PERIOD_SETTING} seconds where set, else {@link #DEFAULT_PERIOD}. */
    public static Duration configuredPeriod(Config config) {
        return config.getOptionalValue(PERIOD_SETTING, Long.class).map(Duration::ofSeconds).orElse(DEFAULT_PERIOD);
    }

    @Override
    public void configure() {
        from("timer:" + ROUTE_ID + "?period=" + period.toMillis() + "&delay=" + period.toMillis())
                .routeId(ROUTE_ID)
                .process(exchange -> exchange.getIn().setBody(outbox.due(BATCH)))
                .split(body())
                    .process(exchange -> deliver(exchange.getIn().getBody(PendingStatus.class)))
                .end();
    }

    private void deliver(PendingStatus change) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(change.url()))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json(change)))
                .build();
        try {
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status / 100 == 2) {
                outbox.delivered(change.id());
            } else {
                outbox.failed(change.id(), "HTTP " + status);
            }
        } catch (IOException e) {
            outbox.failed(change.id(), e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            outbox.failed(change.id(), "interrupted");
        }
    }

    /**
     * The message an ERP receives: {"changeId", "sourceSystem", "externalId", "vendorId", "status",
     * "paymentAction", "changedAt"}, with the status names of the VendorSync contract, HOLD / RELEASE / NONE as the payment
     * instruction ({@link PaymentAction}), and the time in ISO 8601. Delivery is at least once: a change
     * whose answer was lost is sent again, with the same changeId, by which the ERP knows it has seen it.
     */
    static String json(PendingStatus change) {
        return Json.createObjectBuilder()
                .add("changeId", change.id())
                .add("sourceSystem", change.sourceSystem())
                .add("externalId", change.externalId())
                .add("vendorId", change.vendorId())
                .add("status", change.status().name())
                .add("paymentAction", PaymentAction.forStatus(change.status()).name())
                .add("changedAt", change.changedAt().toString())
                .build()
                .toString();
    }
}
