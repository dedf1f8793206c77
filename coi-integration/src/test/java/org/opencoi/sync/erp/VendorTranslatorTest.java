package org.opencoi.sync.erp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.opencoi.shared.domain.ComplianceStatus;
import org.opencoi.sync.erp.generated.Vendor;
import org.opencoi.sync.erp.generated.VendorNotFound;
import org.opencoi.vendor.application.VendorView;

class VendorTranslatorTest {

    private static VendorView view(String tier, boolean active, ComplianceStatus status) {
        return new VendorView(42L, "SAP-EU", "V-1001", "Acme Roofing Ltd", "DE123456789", tier,
                "office@acme.example", "agent@broker.example", active, 7L, "High-risk on-site trades",
                status, Instant.parse("2026-03-01T08:00:00Z"));
    }

    @Test
    void vendorCarriesWhatTheContractPublishes() {
        Vendor vendor = VendorTranslator.toVendor(view("HIGH", true, ComplianceStatus.EXPIRING));

        assertThat(vendor.getId()).isEqualTo(42L);
        assertThat(vendor.getSourceSystem()).isEqualTo("SAP-EU");
        assertThat(vendor.getExternalId()).isEqualTo("V-1001");
        assertThat(vendor.getName()).isEqualTo("Acme Roofing Ltd");
        assertThat(vendor.getTier()).isEqualTo("HIGH");
        assertThat(vendor.isActive()).isTrue();
        assertThat(vendor.getComplianceStatus())
                .isEqualTo(org.opencoi.sync.erp.generated.ComplianceStatus.EXPIRING);
    }

    @Test
    void vendorWithoutTierLeavesTheOptionalElementOut() {
        Vendor vendor = VendorTranslator.toVendor(view(null, false, ComplianceStatus.NO_CERTIFICATE));

        assertThat(vendor.getTier()).isNull();
        assertThat(vendor.isActive()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(ComplianceStatus.class)
    void everyComplianceStatusIsPublishedUnderItsOwnName(ComplianceStatus status) {
        assertThat(VendorTranslator.toComplianceStatus(status).value()).isEqualTo(status.name());
    }

    @Test
    void notFoundFaultNamesTheKeyThatWasAskedFor() {
        VendorNotFound fault = VendorTranslator.vendorNotFound(new VendorKey("SAP-EU", "V-9999"));

        assertThat(fault.getFaultInfo().getSourceSystem()).isEqualTo("SAP-EU");
        assertThat(fault.getFaultInfo().getExternalId()).isEqualTo("V-9999");
        assertThat(fault.getFaultInfo().getMessage()).isEqualTo("No vendor has externalId V-9999 in source system SAP-EU");
        assertThat(fault).hasMessage(fault.getFaultInfo().getMessage());
    }

    @Test
    void keyIsTakenAsTheRequestNamesIt() {
        assertThat(VendorTranslator.toKey("SAP-EU", "V-1001")).isEqualTo(new VendorKey("SAP-EU", "V-1001"));
    }

    @ParameterizedTest
    @CsvSource(nullValues = "NULL", value = {"NULL, V-1001", "' ', V-1001", "SAP-EU, NULL", "SAP-EU, ''"})
    void keyNeedsBothParts(String sourceSystem, String externalId) {
        assertThatThrownBy(() -> VendorTranslator.toKey(sourceSystem, externalId))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageEndingWith("is required");
    }
}
