package org.opencoi.verification.carrier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.apache.camel.Route;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.AdviceWith;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.component.resilience4j.ResilienceProcessor;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.opencoi.shared.integration.ErrorHandlingConfiguration;
import org.opencoi.verification.application.PendingVerification;

/** The verification route with carriers that answer or stay silent, and each carrier's circuit breaker. */
class CarrierVerificationRouteTest extends CamelTestSupport {

    private static final String UP = "10001";
    private static final String DOWN = "20002";

    private final InMemoryVerificationQueue queue = new InMemoryVerificationQueue();
    private final ScriptedCarriers carriers = new ScriptedCarriers();

    @Override
    protected RoutesBuilder[] createRouteBuilders() {
        return new RoutesBuilder[] {new ErrorHandlingConfiguration(), new CarrierVerificationRoute(queue, carriers,
                Duration.ofMillis(50), new CarrierVerificationRoute.Breaker(4, 4, Duration.ofSeconds(1)))};
    }

    private String breakerState(String naic) {
        Route route = context.getRoute(CarrierVerificationRoute.carrierRouteId(naic));
        return route == null ? "NONE" : route.filter("*").stream().filter(ResilienceProcessor.class::isInstance)
                .map(p -> ((ResilienceProcessor) p).getCircuitBreakerState()).findFirst().orElseThrow();
    }

    @Test
    void answerOfACarrierIsRecordedForItsVerification() {
        long id = queue.add(UP).id();

        await().atMost(10, TimeUnit.SECONDS).until(() -> queue.answers.containsKey(id));
        assertThat(queue.answers.get(id).status().name()).isEqualTo("CONFIRMED");
        assertThat(queue.unavailable).isEmpty();
    }

    @Test
    void silentCarrierLeavesItsPoliciesUnavailableAndItsBreakerOpens() {
        carriers.down.add(DOWN);
        for (int i = 0; i < 4; i++) {
            queue.add(DOWN);
        }
        await().atMost(10, TimeUnit.SECONDS).until(() -> queue.unavailable.size() == 4);
        assertThat(queue.unavailable.values()).allMatch(reason -> reason.endsWith("read timed out"));
        assertThat(breakerState(DOWN)).isEqualTo("OPEN");

        long first = queue.add(DOWN).id();
        long second = queue.add(DOWN).id();
        long other = queue.add(UP).id();

        await().atMost(10, TimeUnit.SECONDS).until(() -> queue.unavailable.size() == 6);
        assertThat(carriers.callsTo(DOWN)).as("calls let through to the silent carrier").isEqualTo(4);
        assertThat(queue.unavailable.get(first)).contains("OPEN");
        assertThat(queue.unavailable.get(second)).contains("OPEN");
        assertThat(queue.unavailable.values()).noneMatch(reason -> reason.contains("VERIFICATION_FAILED"));
        await().atMost(10, TimeUnit.SECONDS).until(() -> queue.answers.containsKey(other));
        assertThat(breakerState(UP)).isEqualTo("CLOSED");
    }

    @Test
    void breakerClosesWhenTheCarrierAnswersAgain() {
        carriers.down.add(DOWN);
        for (int i = 0; i < 4; i++) {
            queue.add(DOWN);
        }
        await().atMost(10, TimeUnit.SECONDS).until(() -> "OPEN".equals(breakerState(DOWN)));

        carriers.down.remove(DOWN);
        await().atMost(10, TimeUnit.SECONDS).until(() -> "HALF_OPEN".equals(breakerState(DOWN)));
        long recovered = queue.add(DOWN).id();

        await().atMost(10, TimeUnit.SECONDS).until(() -> queue.answers.containsKey(recovered));
        assertThat(breakerState(DOWN)).isEqualTo("CLOSED");
    }

    @Test
    void everyDueVerificationReachesTheRouteOfItsCarrier() throws Exception {
        AdviceWith.adviceWith(context, CarrierVerificationRoute.ROUTE_ID,
                route -> {
                    route.weaveByToUri("direct:carrier-*").replace().to("mock:carrier");
                    route.weaveById(CarrierVerificationRoute.RECORD_ID).remove();
                });
        MockEndpoint carrierRoutes = getMockEndpoint("mock:carrier");
        carrierRoutes.expectedMessageCount(3);

        queue.add(UP);
        queue.add(DOWN);
        queue.add("30003");

        carrierRoutes.assertIsSatisfied(10_000);
        assertThat(carrierRoutes.getExchanges())
                .extracting(e -> e.getIn().getBody(PendingVerification.class).carrier().naicCode().digits())
                .containsExactlyInAnyOrder(UP, DOWN, "30003");
    }
}
