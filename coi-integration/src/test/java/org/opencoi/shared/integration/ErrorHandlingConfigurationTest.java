package org.opencoi.shared.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.camel.CamelContext;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.opencoi.sync.erp.UnavailableVendorService;
import org.opencoi.sync.erp.VendorKey;
import org.opencoi.sync.erp.VendorLookupRoute;

class ErrorHandlingConfigurationTest extends CamelTestSupport {

    private final List<String> errorLog = new CopyOnWriteArrayList<>();

    @Override
    protected RoutesBuilder[] createRouteBuilders() {
        return new RoutesBuilder[] {new ErrorHandlingConfiguration(), new VendorLookupRoute(new UnavailableVendorService())};
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext camel = super.createCamelContext();
        // Registered before the routes are built, so that their log steps report to it.
        camel.getCamelContextExtension().addLogListener((exchange, logger, message) -> {
            if (ErrorHandlingConfiguration.LOG_NAME.equals(logger.getLog().getName())) {
                errorLog.add(message);
            }
            return message;
        });
        return camel;
    }

    @Test
    void failureReachesTheCallerAndIsLoggedWithTheRouteItHappenedIn() {
        VendorKey key = new VendorKey("SAP-EU", "V-1001");

        assertThatThrownBy(() -> template.requestBody(VendorLookupRoute.URI, key))
                .isInstanceOf(CamelExecutionException.class)
                .hasRootCauseInstanceOf(IllegalStateException.class)
                .hasRootCauseMessage(UnavailableVendorService.MESSAGE);
        assertThat(errorLog).singleElement().asString()
                .startsWith("Route " + VendorLookupRoute.ROUTE_ID + " failed on exchange ")
                .contains(UnavailableVendorService.MESSAGE);
    }
}
