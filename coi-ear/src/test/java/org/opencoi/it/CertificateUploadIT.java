package org.opencoi.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.opencoi.certificate.fixtures.Acord25Pdf;

/** Uploading an ACORD 25 PDF: PDFBox reads its form fields on the server. */
class CertificateUploadIT extends DeployedEarTest {

    @Test
    void uploadedFillableAcord25IsReadAndKept() {
        long vendorId = CoiClient.registerVendor("Harbor Electric LLC").getJsonNumber("id").longValue();
        byte[] pdf = Acord25Pdf.fillable()
                .with("NamedInsured_FullName_A", "Harbor Electric LLC")
                .with("CertificateHolder_FullName_A", "OpenCOI Demo Corporation")
                .with("CertificateOfInsurance_CertificateNumberIdentifier_A", UUID.randomUUID().toString())
                .build();

        HttpResponse<String> response = CoiClient.as("reviewer")
                .upload("/coi/api/v1/vendors/" + vendorId + "/certificates", "harbor.pdf", pdf);

        assertThat(response.statusCode()).isEqualTo(201);
        JsonObject certificate = CoiClient.json(response);
        assertThat(certificate.getString("insuredName")).isEqualTo("Harbor Electric LLC");
        assertThat(certificate.getString("holderName")).isEqualTo("OpenCOI Demo Corporation");
        assertThat(certificate.getBoolean("reviewRequired")).isFalse();
        assertThat(certificate.getString("sha256")).hasSize(64);
        assertThat(CoiClient.as("viewer").get("/coi/api/v1/vendors/" + vendorId + "/certificates").body())
                .contains("Harbor Electric LLC");
    }

    @Test
    void theSameFileTwiceIsADuplicate() {
        long vendorId = CoiClient.registerVendor("Duplicate Check Inc").getJsonNumber("id").longValue();
        byte[] pdf = Acord25Pdf.fillable()
                .with("NamedInsured_FullName_A", "Duplicate Check Inc")
                .with("CertificateOfInsurance_CertificateNumberIdentifier_A", UUID.randomUUID().toString())
                .build();
        String path = "/coi/api/v1/vendors/" + vendorId + "/certificates";
        assertThat(CoiClient.as("admin").upload(path, "first.pdf", pdf).statusCode()).isEqualTo(201);

        HttpResponse<String> again = CoiClient.as("admin").upload(path, "again.pdf", pdf);

        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void aFileThatIsNotAPdfIsRefusedAndNothingStored() {
        long vendorId = CoiClient.registerVendor("Not A Pdf Ltd").getJsonNumber("id").longValue();
        String path = "/coi/api/v1/vendors/" + vendorId + "/certificates";

        HttpResponse<String> response = CoiClient.as("admin")
                .upload(path, "notes.pdf", ("just text " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(CoiClient.json(response).getString("detail")).contains("not a readable PDF");
        assertThat(CoiClient.as("admin").get(path).body()).isEqualTo("[]");
    }

    @Test
    void viewerMayNotUpload() {
        long vendorId = CoiClient.registerVendor("Viewer Upload Check").getJsonNumber("id").longValue();
        byte[] pdf = Acord25Pdf.fillable().with("NamedInsured_FullName_A", "Viewer Upload Check").build();

        HttpResponse<String> response = CoiClient.as("viewer")
                .upload("/coi/api/v1/vendors/" + vendorId + "/certificates", "v.pdf", pdf);

        assertThat(response.statusCode()).isEqualTo(403);
    }
}
