package org.opencoi.vendor.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.opencoi.shared.domain.ErpKey;

class VendorSourceVersionTest {

    private final Vendor vendor = new Vendor(ErpKey.of("SAP", "V-1"), "Acme Roofing", Instant.parse("2026-01-01T00:00:00Z"));

    @Test
    void aVendorNeverSyncedAcceptsAnyVersion() {
        assertThat(vendor.acceptsSourceVersion(0)).isTrue();
    }

    @Test
    void onlyANewerVersionIsAccepted() {
        vendor.syncedAt(10);

        assertThat(vendor.acceptsSourceVersion(11)).isTrue();
        assertThat(vendor.acceptsSourceVersion(10)).as("the same record again").isFalse();
        assertThat(vendor.acceptsSourceVersion(9)).as("a stale record").isFalse();
    }

    @Test
    void theHeldVersionNeverGoesBack() {
        vendor.syncedAt(10);

        assertThatThrownBy(() -> vendor.syncedAt(9)).isInstanceOf(IllegalArgumentException.class);
        assertThat(vendor.getSourceVersion()).isEqualTo(10);
    }
}
