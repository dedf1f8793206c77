package org.opencoi.sync.erp;

import java.util.Objects;
import org.apache.camel.builder.RouteBuilder;
import org.opencoi.sync.application.VendorSyncService;

/**
 * The one way vendor records from ERP systems go in, whichever adapter received them (SOAP, file drop):
 * a {@link VendorBatch} sent to {@link #UPSERT_URI} is answered with the list of per-record
 * {@link org.opencoi.sync.application.SyncResult}s; a {@link VendorDeactivation} sent to
 * {@link #DEACTIVATE_URI} with one result. The rules live in the {@link VendorSyncService}.
 */
public class VendorSyncRoute extends RouteBuilder {

    public static final String UPSERT_URI = "direct:vendor-upsert";
    public static final String UPSERT_ROUTE_ID = "vendor-upsert";
    public static final String DEACTIVATE_URI = "direct:vendor-deactivate";
    public static final String DEACTIVATE_ROUTE_ID = "vendor-deactivate";

    private final VendorSyncService sync;

    public VendorSyncRoute(VendorSyncService sync) {
        this.sync = Objects.requireNonNull(sync, "sync");
    }

    @Override
    public void configure() {
        from(UPSERT_URI).routeId(UPSERT_ROUTE_ID)
                .bean(sync, "upsert(${body.sourceSystem}, ${body.records})");
        from(DEACTIVATE_URI).routeId(DEACTIVATE_ROUTE_ID)
                .bean(sync, "deactivate(${body.key.sourceSystem}, ${body.key.externalId}, ${body.version})");
    }
}
