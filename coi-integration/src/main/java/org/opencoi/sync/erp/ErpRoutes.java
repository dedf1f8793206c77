package org.opencoi.sync.erp;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.apache.camel.RoutesBuilder;
import org.eclipse.microprofile.config.Config;
import org.opencoi.shared.integration.ContextRoutes;
import org.opencoi.sync.application.VendorSyncService;
import org.opencoi.vendor.application.VendorService;

/** The routes to and from the ERP: vendor lookups and syncs, status publishing, and the vendor file drop if one is set. */
@ApplicationScoped
public class ErpRoutes implements ContextRoutes {

    private static final Logger LOG = Logger.getLogger(ErpRoutes.class.getName());

    @EJB
    VendorService vendors;

    @EJB
    VendorSyncService sync;

    @EJB
    FileDropSync fileDrop;

    @EJB
    StatusOutbox statusOutbox;

    /** The status-publishing period and the file drop's directory. */
    @Inject
    Config config;

    public ErpRoutes() {
    }

    /** The routes with the given collaborators, for tests without a container. */
    public ErpRoutes(VendorService vendors, VendorSyncService sync, FileDropSync fileDrop, StatusOutbox statusOutbox,
            Config config) {
        this.vendors = vendors;
        this.sync = sync;
        this.fileDrop = fileDrop;
        this.statusOutbox = statusOutbox;
        this.config = config;
    }

    @Override
    public List<RoutesBuilder> routes() {
        List<RoutesBuilder> routes = new ArrayList<>(List.of(new VendorLookupRoute(vendors), new VendorSyncRoute(sync),
                new StatusPublishingRoute(statusOutbox, HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build(),
                        StatusPublishingRoute.configuredPeriod(config))));
        // Outside a server (unit tests) there is no data directory, hence no file drop unless one is configured.
        var dropDirectory = VendorFileDropRoute.configuredDirectory(config);
        if (dropDirectory.isPresent()) {
            routes.add(new VendorFileDropRoute(dropDirectory.get(), fileDrop));
            LOG.info(() -> "Vendor files are picked up from " + dropDirectory.get());
        }
        return routes;
    }
}
