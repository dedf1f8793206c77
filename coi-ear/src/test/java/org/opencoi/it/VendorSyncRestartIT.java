package org.opencoi.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jboss.as.controller.client.ModelControllerClient;
import org.jboss.as.controller.client.helpers.Operations;
import org.jboss.dmr.ModelNode;
import org.junit.jupiter.api.Test;

/**
 * The server goes down in the middle of an ERP's feed: whatever it had committed stays, whatever it had
 * not is gone whole, and the ERP sending its feed again afterwards ends with every vendor exactly once.
 */
class VendorSyncRestartIT extends DeployedEarTest {

    private static final String SYNC = "/coi/api/v1/sync/vendors";
    private static final int VENDORS = 5000;

    @Test
    void feedInterruptedByARestartAndSentAgainLeavesEveryVendorOnce() throws Exception {
        String source = VendorSyncIT.freshSource();
        List<String> feed = VendorSyncIT.feed(source, VENDORS, i -> VendorSyncIT.vendor("RS-" + i, "Restarted Vendor " + i, 7));
        long totalBefore = VendorSyncIT.vendorTotal();
        CountDownLatch twoBatchesIn = new CountDownLatch(2);
        List<Integer> answeredBeforeRestart = new ArrayList<>();
        CompletableFuture<Void> sending = CompletableFuture.runAsync(() -> {
            for (String batch : feed) {
                try {
                    answeredBeforeRestart.add(CoiClient.as("erp").postJson(SYNC, batch).statusCode());
                } catch (UncheckedIOException | IllegalStateException e) {
                    answeredBeforeRestart.add(-1);
                }
                twoBatchesIn.countDown();
            }
        });
        assertThat(twoBatchesIn.await(5, TimeUnit.MINUTES)).isTrue();

        // The server's management interface, signed in as the local user the test runs as (no password).
        try (ModelControllerClient management = ModelControllerClient.Factory.create("remote+http", "localhost",
                Integer.getInteger("it.management.port", 9990))) {
            ModelNode reloaded = management.execute(Operations.createOperation("reload"));
            assertThat(Operations.isSuccessfulOutcome(reloaded)).as(reloaded.toString()).isTrue();
        }
        sending.get(10, TimeUnit.MINUTES);
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1)).ignoreExceptions()
                .until(() -> CoiClient.anonymous().get("/coi/api/health").statusCode() == 200);

        Map<String, Long> again = new TreeMap<>();
        for (String batch : feed) {
            HttpResponse<String> answer = CoiClient.as("erp").postJson(SYNC, batch);
            VendorSyncIT.countByOutcome(VendorSyncIT.results(answer)).forEach((k, v) -> again.merge(k, v, Long::sum));
        }

        assertThat(answeredBeforeRestart).as("some batches were answered before the restart").contains(200);
        assertThat(again.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(VENDORS);
        assertThat(again.keySet()).isSubsetOf("CREATED", "UNCHANGED");
        assertThat(again.getOrDefault("UNCHANGED", 0L)).as("what was committed before the restart stayed").isPositive();
        List<String> names = VendorSyncIT.held(source).stream()
                .map(v -> v.getString("externalId") + "=" + v.getJsonObject("synced").getString("name")).toList();
        assertThat(names).hasSize(VENDORS).doesNotHaveDuplicates()
                .allSatisfy(n -> assertThat(n).matches("RS-(\\d+)=Restarted Vendor \\1"));
        assertThat(VendorSyncIT.vendorTotal()).isEqualTo(totalBefore + VENDORS);
    }
}
