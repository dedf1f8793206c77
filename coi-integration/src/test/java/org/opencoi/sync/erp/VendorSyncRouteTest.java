package org.opencoi.sync.erp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.opencoi.shared.application.NotFoundException;
import org.opencoi.shared.integration.ErrorHandlingConfiguration;
import org.opencoi.sync.application.SyncConflictException;
import org.opencoi.sync.application.SyncOutcome;
import org.opencoi.sync.application.SyncResult;
import org.opencoi.sync.application.VendorRecord;

class VendorSyncRouteTest extends CamelTestSupport {

    private final RecordingVendorSyncService sync = new RecordingVendorSyncService();

    @Override
    protected RoutesBuilder[] createRouteBuilders() {
        return new RoutesBuilder[] {new ErrorHandlingConfiguration(), new VendorSyncRoute(sync)};
    }

    static VendorRecord record(String externalId, String name) {
        return new VendorRecord(externalId, name, null, null, null, null, null, "US", null, null, "HIGH", null, 1L);
    }

    @Test
    void batchReachesTheServiceWithItsSourceSystemAndAnswersOneResultPerRecord() {
        NotifyBuilder done = new NotifyBuilder(context).fromRoute(VendorSyncRoute.UPSERT_ROUTE_ID).whenCompleted(1).create();

        List<?> results = template.requestBody(VendorSyncRoute.UPSERT_URI,
                new VendorBatch("SAP-EU", List.of(record("V-1", "Acme"), record("V-2", " "))), List.class);

        assertThat(done.matches()).isTrue();
        assertThat(sync.batches).extracting(VendorBatch::sourceSystem).containsExactly("SAP-EU");
        assertThat(results).extracting(r -> ((SyncResult) r).outcome())
                .containsExactly(SyncOutcome.CREATED, SyncOutcome.REJECTED);
        assertThat(((SyncResult) results.get(1)).reason()).isEqualTo("name is required");
    }

    @Test
    void batchThatCollidedWithAnotherSyncIsAppliedAgain() {
        sync.conflictsAhead = 2;

        List<?> results = template.requestBody(VendorSyncRoute.UPSERT_URI,
                new VendorBatch("SAP-EU", List.of(record("V-1", "Acme"))), List.class);

        assertThat(sync.batches).hasSize(3);
        assertThat(results).extracting(r -> ((SyncResult) r).outcome()).containsExactly(SyncOutcome.CREATED);
    }

    @Test
    void batchThatKeepsCollidingFailsWithTheConflict() {
        sync.conflictsAhead = VendorSyncRoute.CONFLICT_RETRIES + 1;

        assertThatThrownBy(() -> template.requestBody(VendorSyncRoute.UPSERT_URI,
                new VendorBatch("SAP-EU", List.of(record("V-1", "Acme")))))
                .isInstanceOf(CamelExecutionException.class)
                .hasCauseInstanceOf(SyncConflictException.class);
        assertThat(sync.batches).hasSize(VendorSyncRoute.CONFLICT_RETRIES + 1);
    }

    @Test
    void deactivationNamesTheKeyAndVersion() {
        template.requestBody(VendorSyncRoute.UPSERT_URI, new VendorBatch("SAP-EU", List.of(record("V-1", "Acme"))));

        SyncResult result = template.requestBody(VendorSyncRoute.DEACTIVATE_URI,
                new VendorDeactivation(new VendorKey("SAP-EU", "V-1"), 2), SyncResult.class);

        assertThat(result.outcome()).isEqualTo(SyncOutcome.UPDATED);
        assertThat(result.externalId()).isEqualTo("V-1");
    }

    @Test
    void deactivatingAnUnknownVendorFailsWithTheServicesException() {
        assertThatThrownBy(() -> template.requestBody(VendorSyncRoute.DEACTIVATE_URI,
                new VendorDeactivation(new VendorKey("SAP-EU", "NONE"), 2)))
                .isInstanceOf(CamelExecutionException.class)
                .hasCauseInstanceOf(NotFoundException.class);
    }

    @Test
    void routesAreKnownByTheirIds() {
        assertThat(context.getRoute(VendorSyncRoute.UPSERT_ROUTE_ID).getEndpoint())
                .isSameAs(context.getEndpoint(VendorSyncRoute.UPSERT_URI));
        assertThat(context.getRoute(VendorSyncRoute.DEACTIVATE_ROUTE_ID).getEndpoint())
                .isSameAs(context.getEndpoint(VendorSyncRoute.DEACTIVATE_URI));
    }
}
