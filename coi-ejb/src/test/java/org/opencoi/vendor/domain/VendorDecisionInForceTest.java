package org.opencoi.vendor.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class VendorDecisionInForceTest {

    private final Vendor vendor = new Vendor("SAP", "V-1", "Acme Roofing", Instant.parse("2026-01-01T00:00:00Z"));

    @Test
    void aVendorNeverDecidedHasNoDecisionInForce() {
        assertThat(vendor.decisionInForceWith("a".repeat(64))).isEmpty();
    }

    @Test
    void theDecisionInForceIsNamedOnlyForItsOwnDigest() {
        vendor.decidedBy(41, "a".repeat(64));
        vendor.decidedBy(42, "b".repeat(64));

        assertThat(vendor.decisionInForceWith("b".repeat(64))).contains(42L);
        assertThat(vendor.decisionInForceWith("a".repeat(64))).as("the digest of a decision no longer in force").isEmpty();
    }
}
