package org.opencoi.sync.erp;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.camel.RoutesBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.opencoi.shared.domain.ComplianceStatus;
import org.opencoi.shared.integration.ErrorHandlingConfiguration;
import org.opencoi.vendor.application.NewVendor;
import org.opencoi.vendor.application.VendorView;

class VendorLookupRouteTest extends CamelTestSupport {

    private final InMemoryVendorService vendors = new InMemoryVendorService();

    @Override
    protected RoutesBuilder[] createRouteBuilders() {
        return new RoutesBuilder[] {new ErrorHandlingConfiguration(), new VendorLookupRoute(vendors)};
    }

    @Test
    void answersWithTheVendorThatHasTheKey() {
        vendors.register(new NewVendor("SAP-EU", "V-1000", "Other Vendor GmbH", null, null, null, null, null));
        VendorView registered = vendors.register(new NewVendor("SAP-EU", "V-1001", "Acme Roofing Ltd",
                "DE123456789", "HIGH", "office@acme.example", "agent@broker.example", null));

        VendorView found = template.requestBody(VendorLookupRoute.URI, new VendorKey("SAP-EU", "V-1001"), VendorView.class);

        assertThat(found).isEqualTo(registered);
        assertThat(found.name()).isEqualTo("Acme Roofing Ltd");
        assertThat(found.status()).isEqualTo(ComplianceStatus.NO_CERTIFICATE);
    }

    @Test
    void answersWithNoBodyWhenNoVendorHasTheKey() {
        vendors.register(new NewVendor("SAP-EU", "V-1001", "Acme Roofing Ltd", null, null, null, null, null));

        Object found = template.requestBody(VendorLookupRoute.URI, new VendorKey("SAP-EU", "V-9999"));

        assertThat(found).isNull();
    }

    @Test
    void externalIdsAreOnlyUniqueWithinTheirSourceSystem() {
        vendors.register(new NewVendor("SAP-EU", "V-1001", "Acme Roofing Ltd", null, null, null, null, null));
        VendorView us = vendors.register(new NewVendor("ORACLE-US", "V-1001", "Acme Roofing Inc", null, null, null, null, null));

        VendorView found = template.requestBody(VendorLookupRoute.URI, new VendorKey("ORACLE-US", "V-1001"), VendorView.class);
        Object missing = template.requestBody(VendorLookupRoute.URI, new VendorKey("WORKDAY", "V-1001"));

        assertThat(found).isEqualTo(us);
        assertThat(missing).isNull();
    }

    @Test
    void isKnownByItsRouteIdAndConsumesItsUri() {
        assertThat(context.getRoute(VendorLookupRoute.ROUTE_ID).getEndpoint())
                .isSameAs(context.getEndpoint(VendorLookupRoute.URI));
    }
}
