package org.opencoi.sync.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.opencoi.shared.domain.ErpKey;
import org.opencoi.vendor.domain.Vendor;

class SyncedVendorTest {

    private final Vendor vendor = new Vendor(ErpKey.of("SAP", "V-1"), "Acme Roofing", Instant.parse("2026-01-01T00:00:00Z"));

    @Test
    void aNewerVersionWithTheSameContentIsTheSameContent() {
        vendor.syncedAt(1);
        SyncedVendor before = SyncedVendor.of(vendor);
        vendor.syncedAt(2);

        assertThat(SyncedVendor.of(vendor).sameContentAs(before)).isTrue();
    }

    @Test
    void aChangedCityIsDifferentContent() {
        SyncedVendor before = SyncedVendor.of(vendor);
        vendor.locate("1 Main St", "Springfield", "IL", "62701", "US");

        assertThat(SyncedVendor.of(vendor).sameContentAs(before)).isFalse();
    }

    @Test
    void deactivationIsDifferentContent() {
        SyncedVendor before = SyncedVendor.of(vendor);
        vendor.deactivate();

        assertThat(SyncedVendor.of(vendor).sameContentAs(before)).isFalse();
    }
}
