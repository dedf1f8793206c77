package org.opencoi.sync.erp;

import java.util.Objects;
import java.util.Optional;
import org.apache.camel.builder.RouteBuilder;
import org.opencoi.vendor.application.VendorService;
import org.opencoi.vendor.application.VendorView;

/**
 * Finds a vendor by its ERP key. Send it a {@link VendorKey} on {@link #URI}; it answers with the
 * {@link VendorView}, or with an empty body when no vendor has that key.
 */
public class VendorLookupRoute extends RouteBuilder {

    public static final String URI = "direct:vendor-lookup";
    public static final String ROUTE_ID = "vendor-lookup";

    private final VendorService vendors;

    public VendorLookupRoute(VendorService vendors) {
        this.vendors = Objects.requireNonNull(vendors, "vendors");
    }

    @Override
    public void configure() {
        from(URI).routeId(ROUTE_ID)
                .bean(vendors, "findBySourceKey(${body.sourceSystem}, ${body.externalId})")
                // An Optional means nothing outside Java: callers get the view itself or no body.
                .transform().body(Optional.class, found -> found.orElse(null));
    }
}
