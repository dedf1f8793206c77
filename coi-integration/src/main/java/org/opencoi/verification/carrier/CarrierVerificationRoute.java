package org.opencoi.verification.carrier;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.builder.TemplatedRouteBuilder;
import org.apache.camel.processor.aggregate.GroupedBodyAggregationStrategy;
import org.eclipse.microprofile.config.Config;

import org.opencoi.verification.application.PendingVerification;
import org.opencoi.verification.application.PolicyVerifier;
import org.opencoi.verification.application.VerificationResult;
import org.opencoi.verification.domain.CarrierAnswer;

/**
 * Works through the verification queue: every period (after the previous batch is done) it takes the due
 * verifications, sends each, several at a time, to the route of its carrier, and records the batch's
 * results together. Each carrier has a route of its own, made from
 * {@value #CARRIER_TEMPLATE} the first time the carrier is asked, with its own rate limit (the carrier's
 * requests per second) and its own circuit breaker around the call: after {@link Breaker#minimumCalls()}
 * calls, when half or more of the last {@link Breaker#window()} failed, the breaker opens and the
 * carrier is left alone for {@link Breaker#openFor()}; then one call tries it again and closes the breaker
 * when it succeeds.
 *
 * <p>A carrier that does not answer, or whose breaker is open, leaves the policy UNAVAILABLE; the queue
 * asks again later with a growing wait (retries live in the queue, not in Camel, so that they survive a
 * restart). Nothing here ever makes a deficiency of a carrier's silence.
 */
public class CarrierVerificationRoute extends RouteBuilder {

    public static final String ROUTE_ID = "carrier-verification";
    public static final String CARRIER_TEMPLATE = "carrier-call";
    public static final Duration DEFAULT_PERIOD = Duration.ofMillis(250);
    static final int BATCH = 500;
    static final String PENDING = "coiPendingVerification";
    static final String ANSWER = "coiCarrierAnswer";
    static final String ERROR = "coiCarrierError";
    static final int RECORD_CHUNK = 100;
    static final String RECORD_ID = "record-results";

    /** The circuit breaker's settings, the same for every carrier. */
    public record Breaker(int window, int minimumCalls, Duration openFor) {
        public static final Breaker DEFAULT = new Breaker(10, 5, Duration.ofSeconds(15));
        /** The setting of how long an open breaker leaves its carrier alone, in seconds. */
        public static final String OPEN_SETTING = "COI_CARRIER_BREAKER_OPEN_SECONDS";

        /** The breaker the server runs with: the default, open for {@value #OPEN_SETTING} seconds where that is set. */
        public static Breaker configured(Config config) {
            return config.getOptionalValue(OPEN_SETTING, Long.class)
                    .map(seconds -> new Breaker(DEFAULT.window(), DEFAULT.minimumCalls(), Duration.ofSeconds(seconds)))
                    .orElse(DEFAULT);
        }
    }

    private final VerificationQueue queue;
    private final PolicyVerifier verifier;
    private final Duration period;
    private final Breaker breaker;

    public CarrierVerificationRoute(VerificationQueue queue, PolicyVerifier verifier, Duration period, Breaker breaker) {
        this.queue = Objects.requireNonNull(queue, "queue");
        this.verifier = Objects.requireNonNull(verifier, "verifier");
        this.period = Objects.requireNonNull(period, "period");
        this.breaker = Objects.requireNonNull(breaker, "breaker");
    }

    public static String carrierRouteId(String naicCode) {
        return "carrier-" + naicCode;
    }

    @Override
    public void configure() {
        routeTemplate(CARRIER_TEMPLATE)
                .templateParameter("naic")
                .from("direct:carrier-{{naic}}")
                .setProperty(PENDING, body())
                .throttle(simple("${body.carrier.requestsPerSecond}")).totalRequestsMode().timePeriodMillis(1000)
                .circuitBreaker()
                    .resilience4jConfiguration()
                        .slidingWindowSize(breaker.window())
                        .minimumNumberOfCalls(breaker.minimumCalls())
                        .failureRateThreshold(50)
                        .waitDurationInOpenState((int) Math.max(1, breaker.openFor().toSeconds()))
                        .automaticTransitionFromOpenToHalfOpenEnabled(true)
                        .permittedNumberOfCallsInHalfOpenState(1)
                    .end()
                    .process(this::ask)
                .onFallback()
                    .process(this::unavailable)
                .end()
                .process(this::result);

        // The results of a batch are recorded together, outside the breakers (a failure to record is not a
        // carrier's), in transactions of up to RECORD_CHUNK results.
        from("timer:" + ROUTE_ID + "?period=" + period.toMillis() + "&delay=" + period.toMillis())
                .routeId(ROUTE_ID)
                .process(exchange -> exchange.getIn().setBody(queue.due(BATCH)))
                .split(body(), new GroupedBodyAggregationStrategy()).parallelProcessing()
                    .process(exchange -> ensureCarrierRoute(
                            exchange.getIn().getBody(PendingVerification.class).carrier().naicCode().digits()))
                    .toD("direct:carrier-${body.carrier.naicCode}")
                .end()
                .process(this::record).id(RECORD_ID);
    }

    private void ask(Exchange exchange) {
        PendingVerification pending = exchange.getProperty(PENDING, PendingVerification.class);
        exchange.setProperty(ANSWER, verifier.verify(pending.carrier(), pending.inquiry()));
    }

    private void result(Exchange exchange) {
        PendingVerification pending = exchange.getProperty(PENDING, PendingVerification.class);
        CarrierAnswer answer = exchange.getProperty(ANSWER, CarrierAnswer.class);
        exchange.getIn().setBody(answer != null
                ? VerificationResult.answered(pending.id(), answer)
                : VerificationResult.unavailable(pending.id(), exchange.getProperty(ERROR, String.class)));
    }

    private void record(Exchange exchange) {
        List<?> results = exchange.getIn().getBody(List.class);
        if (results == null) {
            return;
        }
        for (int from = 0; from < results.size(); from += RECORD_CHUNK) {
            queue.record(results.subList(from, Math.min(results.size(), from + RECORD_CHUNK)).stream()
                    .map(VerificationResult.class::cast).toList());
        }
    }

    private void unavailable(Exchange exchange) {
        PendingVerification pending = exchange.getProperty(PENDING, PendingVerification.class);
        Throwable cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        if (cause == null) {
            cause = exchange.getException();
        }
        // The carrier was asked and failed (the cause says how), or the open breaker did not let the call through.
        String reason = cause != null && !(cause instanceof CallNotPermittedException)
                ? cause.getMessage()
                : "circuit breaker OPEN for carrier " + pending.carrier().naicCode() + ": not asked";
        exchange.setProperty(ERROR, reason);
    }

    private void ensureCarrierRoute(String naicCode) throws Exception {
        String routeId = carrierRouteId(naicCode);
        if (getContext().getRoute(routeId) == null) {
            synchronized (this) {
                if (getContext().getRoute(routeId) == null) {
                    TemplatedRouteBuilder.builder(getContext(), CARRIER_TEMPLATE)
                            .routeId(routeId)
                            .parameter("naic", naicCode)
                            .add();
                }
            }
        }
    }
}
