package org.opencoi.shared.integration;

import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.List;
import org.eclipse.microprofile.config.Config;
import org.opencoi.sync.application.VendorSyncService;
import org.opencoi.sync.erp.ErpRoutes;
import org.opencoi.sync.erp.InMemoryStatusOutbox;
import org.opencoi.sync.erp.RecordingVendorSyncService;
import org.opencoi.vendor.application.VendorService;
import org.opencoi.verification.carrier.CarrierRoutes;
import org.opencoi.verification.carrier.InMemoryVerificationQueue;

/** Starts and stops the Camel bootstrap as the container does (inject, then @PostConstruct), for tests in other packages. */
public final class CamelBootstrapFixture {

    private CamelBootstrapFixture() {
    }

    public static CamelBootstrap started(VendorService vendors) {
        return started(vendors, new RecordingVendorSyncService());
    }

    public static CamelBootstrap started(VendorService vendors, VendorSyncService sync) {
        CamelBootstrap bootstrap = new CamelBootstrap();
        // No settings, and no server data directory: the routes' defaults, without a file drop.
        Config config = new SmallRyeConfigBuilder().build();
        bootstrap.start(List.of(new ErpRoutes(vendors, sync, null, new InMemoryStatusOutbox(), config),
                new CarrierRoutes(new InMemoryVerificationQueue(), config)));
        return bootstrap;
    }

    public static void stop(CamelBootstrap bootstrap) {
        bootstrap.stop();
    }
}
