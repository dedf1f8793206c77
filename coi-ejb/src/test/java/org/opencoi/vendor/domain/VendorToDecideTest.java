package org.opencoi.vendor.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.opencoi.requirement.domain.RequirementProfile;
import org.opencoi.shared.domain.ComplianceStatus;
import org.opencoi.shared.domain.ErpKey;

class VendorToDecideTest {

    private static final Instant CREATED = Instant.parse("2026-01-01T00:00:00Z");

    private final Vendor vendor = new Vendor(ErpKey.of("SAP", "V-1"), "Acme Roofing", CREATED);

    VendorToDecideTest() throws ReflectiveOperationException {
        RequirementProfile profile = new RequirementProfile("Contractors", CREATED);
        storedAs(vendor, 7);
        storedAs(profile, 3);
        vendor.assignProfile(profile);
    }

    private static void storedAs(Object entity, long id) throws ReflectiveOperationException {
        Field field = entity.getClass().getDeclaredField("id");
        field.setAccessible(true);
        field.set(entity, id);
    }

    @Test
    void readsTheVendorAndItsProfileVersion() {
        VendorToDecide read = vendor.toDecide();
        assertThat(read.id()).isEqualTo(7);
        assertThat(read.name()).isEqualTo("Acme Roofing");
        assertThat(read.profileId()).isEqualTo(3);
    }

    @Test
    void aVendorNeverDecidedHasNoDecisionInForce() {
        assertThat(vendor.toDecide().decisionInForceWith("a".repeat(64))).isEmpty();
    }

    @Test
    void theDecisionInForceIsNamedOnlyForItsOwnDigest() {
        vendor.decidedBy(41, "a".repeat(64));
        vendor.decidedBy(42, "b".repeat(64));

        VendorToDecide read = vendor.toDecide();
        assertThat(read.decisionInForceWith("b".repeat(64))).contains(42L);
        assertThat(read.decisionInForceWith("a".repeat(64))).as("the digest of a decision no longer in force").isEmpty();
    }

    @Test
    void aVendorIsInItsStatusSinceItWasCreatedUntilTheStatusChanges() {
        assertThat(vendor.toDecide().statusSince()).isEqualTo(CREATED);

        Instant changed = Instant.parse("2026-02-01T00:00:00Z");
        vendor.changeStatus(ComplianceStatus.COMPLIANT, changed);

        assertThat(vendor.toDecide().status()).isEqualTo(ComplianceStatus.COMPLIANT);
        assertThat(vendor.toDecide().statusSince()).isEqualTo(changed);
    }

    @Test
    void mailGoesToTheContactAndTheAgentOnceEachWithoutBlanks() {
        vendor.describe(null, null, "  ops@acme.example ", "ops@acme.example");
        assertThat(vendor.toDecide().mailRecipients()).containsExactly("ops@acme.example");
    }
}
