package org.opencoi.sync.erp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencoi.shared.integration.CamelBootstrapFixture;
import org.opencoi.sync.erp.generated.ComplianceStatus;
import org.opencoi.sync.erp.generated.RecordOutcome;
import org.opencoi.sync.erp.generated.RecordResult;
import org.opencoi.sync.erp.generated.Vendor;
import org.opencoi.sync.erp.generated.VendorNotFound;
import org.opencoi.vendor.application.NewVendor;
import org.opencoi.vendor.application.VendorView;

/** The endpoint through the real route and bootstrap, without the SOAP stack (the end-to-end tests cover that). */
class VendorSyncEndpointTest {

    private final InMemoryVendorService vendors = new InMemoryVendorService();
    private final RecordingVendorSyncService sync = new RecordingVendorSyncService();
    private final VendorSyncEndpoint endpoint = new VendorSyncEndpoint();

    @BeforeEach
    void startCamel() {
        endpoint.camel = CamelBootstrapFixture.started(vendors, sync);
    }

    @AfterEach
    void stopCamel() {
        CamelBootstrapFixture.stop(endpoint.camel);
    }

    @Test
    void findVendorAnswersWithTheVendorAsTheContractShowsIt() throws VendorNotFound {
        VendorView acme = vendors.register(new NewVendor("SAP-EU", "V-1001", "Acme Roofing Ltd", null, "HIGH", null, null, null));

        Vendor found = endpoint.findVendor("SAP-EU", "V-1001");

        assertThat(found.getId()).isEqualTo(acme.id());
        assertThat(found.getName()).isEqualTo("Acme Roofing Ltd");
        assertThat(found.getTier()).isEqualTo("HIGH");
        assertThat(found.getComplianceStatus()).isEqualTo(ComplianceStatus.NO_CERTIFICATE);
    }

    @Test
    void unknownKeyIsTheDeclaredFault() {
        vendors.register(new NewVendor("SAP-EU", "V-1001", "Acme Roofing Ltd", null, null, null, null, null));

        VendorNotFound fault = catchThrowableOfType(VendorNotFound.class, () -> endpoint.findVendor("SAP-EU", "V-1002"));

        assertThat(fault).isNotNull();
        assertThat(fault.getFaultInfo().getExternalId()).isEqualTo("V-1002");
        assertThat(fault.getFaultInfo().getSourceSystem()).isEqualTo("SAP-EU");
    }

    @Test
    void upsertVendorsGoesThroughTheRouteAndAnswersOneResultPerRecord() {
        org.opencoi.sync.erp.generated.VendorRecord bad = VendorRecordTranslationTest.erpVendor("V-2", 1);
        bad.setContactEmail("nobody");

        List<RecordResult> results = endpoint.upsertVendors("SAP-EU",
                List.of(VendorRecordTranslationTest.erpVendor("V-1", 1), bad));

        assertThat(results).extracting(RecordResult::getOutcome).containsExactly(RecordOutcome.CREATED, RecordOutcome.REJECTED);
        assertThat(sync.batches).hasSize(1);
    }

    @Test
    void deactivatingAnUnknownVendorIsTheDeclaredFault() {
        VendorNotFound fault = catchThrowableOfType(VendorNotFound.class, () -> endpoint.deactivateVendor("SAP-EU", "V-9", 3));

        assertThat(fault).isNotNull();
        assertThat(fault.getFaultInfo().getExternalId()).isEqualTo("V-9");
    }

    @Test
    void deactivateVendorAnswersTheResult() throws VendorNotFound {
        endpoint.upsertVendors("SAP-EU", List.of(VendorRecordTranslationTest.erpVendor("V-1", 1)));

        assertThat(endpoint.deactivateVendor("SAP-EU", "V-1", 2).getOutcome()).isEqualTo(RecordOutcome.UPDATED);
    }
}
