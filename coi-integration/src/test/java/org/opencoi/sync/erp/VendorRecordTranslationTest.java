package org.opencoi.sync.erp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencoi.sync.application.SyncOutcome;
import org.opencoi.sync.application.SyncResult;
import org.opencoi.sync.application.VendorRecord;
import org.opencoi.sync.erp.generated.Address;
import org.opencoi.sync.erp.generated.RecordOutcome;
import org.opencoi.sync.erp.generated.RecordResult;

/** The upsertVendors contract's records and results against the sync service's. */
class VendorRecordTranslationTest {

    static org.opencoi.sync.erp.generated.VendorRecord erpVendor(String externalId, long version) {
        org.opencoi.sync.erp.generated.VendorRecord vendor = new org.opencoi.sync.erp.generated.VendorRecord();
        vendor.setExternalId(externalId);
        vendor.setVersion(version);
        vendor.setName("Acme Roofing Ltd");
        vendor.setTaxId("DE123456789");
        Address address = new Address();
        address.setLine("Hauptstr. 1");
        address.setCity("Berlin");
        address.setPostalCode("10115");
        address.setCountry("DE");
        vendor.setAddress(address);
        vendor.setContactEmail("office@acme.example");
        vendor.setAgentEmail("agent@broker.example");
        vendor.setCategory("HIGH");
        return vendor;
    }

    @Test
    void recordCarriesEveryFieldOfTheContract() {
        VendorBatch batch = VendorTranslator.toBatch("SAP-EU", List.of(erpVendor("V-1", 17)));

        assertThat(batch.sourceSystem()).isEqualTo("SAP-EU");
        assertThat(batch.records()).containsExactly(new VendorRecord("V-1", "Acme Roofing Ltd", "DE123456789",
                "Hauptstr. 1", "Berlin", null, "10115", "DE", "office@acme.example", "agent@broker.example", "HIGH",
                null, 17L));
    }

    @Test
    void recordWithoutAddressHasNoAddressFields() {
        org.opencoi.sync.erp.generated.VendorRecord vendor = erpVendor("V-1", 1);
        vendor.setAddress(null);
        vendor.setActive(false);

        VendorRecord record = VendorTranslator.toBatch("SAP-EU", List.of(vendor)).records().get(0);

        assertThat(record.addressLine()).isNull();
        assertThat(record.country()).isNull();
        assertThat(record.active()).isFalse();
    }

    @Test
    void resultsKeepOutcomeVendorIdAndReason() {
        List<RecordResult> results = VendorTranslator.toResults(List.of(
                SyncResult.of("V-1", SyncOutcome.UNCHANGED, 5L),
                SyncResult.rejected("V-2", "name is required")));

        assertThat(results).extracting(RecordResult::getOutcome)
                .containsExactly(RecordOutcome.UNCHANGED, RecordOutcome.REJECTED);
        assertThat(results.get(0).getVendorId()).isEqualTo(5L);
        assertThat(results.get(1).getReason()).isEqualTo("name is required");
        assertThat(results.get(1).getVendorId()).isNull();
    }

    @Test
    void everyOutcomeHasAContractValue() {
        for (SyncOutcome outcome : SyncOutcome.values()) {
            assertThat(VendorTranslator.toResult(SyncResult.of("V", outcome, null)).getOutcome().value())
                    .isEqualTo(outcome.name());
        }
    }
}
