package org.opencoi.sync.erp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencoi.shared.application.InvalidRequestException;
import org.opencoi.sync.application.SyncOutcome;
import org.opencoi.sync.application.SyncResult;
import org.opencoi.sync.application.VendorRecord;

class VendorCsvTest {

    @Test
    void rowsCarryEveryColumnWhateverTheirOrder() {
        List<VendorCsv.Row> rows = VendorCsv.read(new StringReader("""
                name,externalId,sourceSystem,version,addressLine,city,state,postalCode,country,contactEmail,agentEmail,category,active,taxId
                "Acme Roofing, Ltd",V-1,SAP-EU,17,"1 Main St",Springfield,IL,62701,US,ops@acme.example,agent@broker.example,HIGH,false,12-3
                """));

        assertThat(rows).containsExactly(new VendorCsv.Row(2, "SAP-EU", new VendorRecord("V-1", "Acme Roofing, Ltd", "12-3",
                "1 Main St", "Springfield", "IL", "62701", "US", "ops@acme.example", "agent@broker.example", "HIGH",
                false, 17L)));
    }

    @Test
    void missingOptionalColumnsAndEmptyValuesAreAbsent() {
        List<VendorCsv.Row> rows = VendorCsv.read(new StringReader("sourceSystem,externalId,version,name\nSAP,V-1,3,\n"));

        VendorRecord record = rows.get(0).record();
        assertThat(record.name()).isNull();
        assertThat(record.city()).isNull();
        assertThat(record.active()).isNull();
        assertThat(record.rejectionReason()).isEqualTo("name is required");
    }

    @Test
    void versionThatIsNoNumberIsLeftForTheServiceToReject() {
        VendorRecord record = VendorCsv.read(new StringReader("sourceSystem,externalId,version,name\nSAP,V-1,yesterday,Acme\n"))
                .get(0).record();

        assertThat(record.version()).isNull();
        assertThat(record.rejectionReason()).isEqualTo("version is required");
    }

    @Test
    void headerWithoutARequiredColumnRefusesTheWholeFile() {
        assertThatThrownBy(() -> VendorCsv.read(new StringReader("sourceSystem,externalId,name\nSAP,V-1,Acme\n")))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("version");
    }

    @Test
    void reportHasOneLinePerRowWithItsLineNumberAndResult() {
        List<VendorCsv.Row> rows = VendorCsv.read(new StringReader("sourceSystem,externalId,version,name\nSAP,V-1,1,Acme\nSAP,V-2,1,\n"));

        String report = VendorCsv.report(rows, List.of(SyncResult.of("V-1", SyncOutcome.CREATED, 7L),
                SyncResult.rejected("V-2", "name is required")));

        assertThat(report.lines()).containsExactly(
                "line,sourceSystem,externalId,outcome,vendorId,reason",
                "2,SAP,V-1,CREATED,7,",
                "3,SAP,V-2,REJECTED,,name is required");
    }
}
