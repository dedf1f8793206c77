package org.opencoi.shared.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.opencoi.shared.application.ComponentHealth;
import org.opencoi.sync.erp.InMemoryVendorService;
import org.opencoi.sync.erp.UnavailableVendorService;
import org.opencoi.sync.erp.VendorKey;
import org.opencoi.sync.erp.VendorLookupRoute;
import org.opencoi.vendor.application.NewVendor;
import org.opencoi.vendor.application.VendorView;

class CamelBootstrapTest {

    private CamelBootstrap bootstrap;

    private CamelHealthCheck healthCheck() {
        CamelHealthCheck check = new CamelHealthCheck();
        check.camel = bootstrap;
        return check;
    }

    @AfterEach
    void stopCamel() {
        if (!bootstrap.context().isStopped()) {
            CamelBootstrapFixture.stop(bootstrap);
        }
    }

    @Test
    void startsTheNamedContextWithTheVendorLookupRoute() {
        InMemoryVendorService vendors = new InMemoryVendorService();
        VendorView acme = vendors.register(new NewVendor("SAP-EU", "V-1001", "Acme Roofing Ltd", null, null, null, null, null));
        bootstrap = CamelBootstrapFixture.started(vendors);

        assertThat(bootstrap.context().getName()).isEqualTo(CamelBootstrap.CONTEXT_NAME);
        assertThat(bootstrap.request(VendorLookupRoute.URI, new VendorKey("SAP-EU", "V-1001"), VendorView.class))
                .isEqualTo(acme);
    }

    @Test
    void callerSeesTheExceptionTheServiceThrewNotCamelsWrapper() {
        bootstrap = CamelBootstrapFixture.started(new UnavailableVendorService());

        assertThatThrownBy(() -> bootstrap.request(VendorLookupRoute.URI, new VendorKey("SAP-EU", "V-1001"), VendorView.class))
                .isExactlyInstanceOf(IllegalStateException.class)
                .hasMessage(UnavailableVendorService.MESSAGE);
    }

    @Test
    void healthIsUpWhileTheContextRunsAndDownOnceItStopped() {
        bootstrap = CamelBootstrapFixture.started(new InMemoryVendorService());
        ComponentHealth running = healthCheck().check();
        CamelBootstrapFixture.stop(bootstrap);
        ComponentHealth stopped = healthCheck().check();

        assertThat(running.component()).isEqualTo("camel");
        assertThat(running.up()).isTrue();
        assertThat(running.detail()).isEqualTo("context opencoi Started, 5 of 5 routes started");
        assertThat(stopped.up()).isFalse();
        assertThat(stopped.detail()).startsWith("context opencoi Stopped");
    }
}
