package org.opencoi.sync.erp;

import java.util.Objects;
import org.apache.camel.builder.RouteBuilder;
import org.opencoi.sync.application.SyncConflictException;
import org.opencoi.sync.application.VendorSyncService;

/**
 * The one way vendor records from ERP systems go in, whichever adapter received them (REST, SOAP, file drop):
 * a {@link VendorBatch} sent to {@link #UPSERT_URI} is answered with the list of per-record
 * {@link org.opencoi.sync.application.SyncResult}s; a {@link VendorDeactivation} sent to
 * {@link #DEACTIVATE_URI} with one result. The rules live in the {@link VendorSyncService}.
 *
 * <p>A batch that collided with another sync writing the same vendors (two ERP requests creating the
 * same new vendor at once) was rolled back whole; it is applied again, up to {@value #CONFLICT_RETRIES}
 * times, and then finds the other request's vendor. Callers must not hold a transaction of their own,
 * so that each attempt is one.
 */
public class VendorSyncRoute extends RouteBuilder {

    public static final String UPSERT_URI = "direct:vendor-upsert";
    public static final String UPSERT_ROUTE_ID = "vendor-upsert";
    public static final String DEACTIVATE_URI = "direct:vendor-deactivate";
    public static final String DEACTIVATE_ROUTE_ID = "vendor-deactivate";
    static final int CONFLICT_RETRIES = 5;

    private final VendorSyncService sync;

    public VendorSyncRoute(VendorSyncService sync) {
        this.sync = Objects.requireNonNull(sync, "sync");
    }

    @Override
    public void configure() {
        onException(SyncConflictException.class)
                .maximumRedeliveries(CONFLICT_RETRIES)
                .redeliveryDelay(20)
                .useExponentialBackOff()
                .useCollisionAvoidance();
        from(UPSERT_URI).routeId(UPSERT_ROUTE_ID)
                .bean(sync, "upsert(${body.sourceSystem}, ${body.records})");
        from(DEACTIVATE_URI).routeId(DEACTIVATE_ROUTE_ID)
                .bean(sync, "deactivate(${body.key.sourceSystem}, ${body.key.externalId}, ${body.version})");
    }
}
