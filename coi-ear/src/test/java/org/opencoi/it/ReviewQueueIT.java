package org.opencoi.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

/**
 * A certificate that cannot be read with confidence waits in the review queue; a reviewer corrects and
 * approves it or rejects it; the original stays downloadable and findable.
 */
class ReviewQueueIT extends DeployedEarTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @Test
    void unreadableCertificateWaitsForReviewAndIsDecidedOnceCorrected() throws IOException {
        long vendorId = vendorWithDemoStyleProfile("Lakeside Plumbing LLC");
        byte[] scan = letterWithoutForm("Certificate of liability insurance " + UUID.randomUUID());

        HttpResponse<String> uploaded = CoiClient.as("reviewer")
                .upload("/coi/api/v1/vendors/" + vendorId + "/certificates", "scan.pdf", scan);

        assertThat(uploaded.statusCode()).isEqualTo(201);
        JsonObject certificate = CoiClient.json(uploaded);
        assertThat(certificate.getBoolean("reviewRequired")).isTrue();
        long certificateId = certificate.getJsonNumber("id").longValue();
        assertThat(CoiClient.jsonArray(CoiClient.as("reviewer").get("/coi/api/v1/review-queue?limit=500"))
                .getValuesAs(JsonObject.class)).extracting(c -> c.getJsonNumber("id").longValue()).contains(certificateId);
        assertThat(CoiClient.json(CoiClient.as("viewer").get("/coi/api/v1/vendors/" + vendorId + "/compliance"))
                .getString("status")).isEqualTo("PENDING_REVIEW");

        String policyNumber = "GL-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> approved = CoiClient.as("reviewer").postJson(
                "/coi/api/v1/review-queue/" + certificateId + "/approve", corrections("Lakeside Plumbing LLC", policyNumber));

        assertThat(approved.statusCode()).isEqualTo(200);
        JsonObject result = CoiClient.json(approved);
        assertThat(result.getString("reviewState")).isEqualTo("APPROVED");
        assertThat(result.getJsonObject("compliance").getString("status")).isEqualTo("COMPLIANT");
        assertThat(CoiClient.as("reviewer").postJson("/coi/api/v1/review-queue/" + certificateId + "/approve", "")
                .statusCode()).as("approving twice").isEqualTo(400);

        HttpResponse<String> audit = CoiClient.as("admin")
                .get("/coi/api/v1/audit-events?recordType=Certificate&recordId=" + certificateId);
        assertThat(CoiClient.jsonArray(audit).getValuesAs(JsonObject.class)).extracting(e -> e.getString("action"))
                .containsSubsequence("CREATE", "CORRECT", "APPROVE");
        assertThat(CoiClient.jsonArray(audit).getJsonObject(1).getString("actor")).isEqualTo("reviewer");

        HttpResponse<String> found = CoiClient.as("viewer").get("/coi/api/v1/certificates?policyNumber=" + policyNumber);
        assertThat(CoiClient.jsonArray(found)).hasSize(1);
        assertThat(CoiClient.as("viewer").get("/coi/api/v1/certificates?insured=lakeside%20plumbing&vendorId=" + vendorId)
                .body()).contains(policyNumber);
    }

    @Test
    void rejectedCertificateIsIgnoredAndTheOriginalStaysDownloadable() throws Exception {
        long vendorId = vendorWithDemoStyleProfile("Granite Movers Inc");
        byte[] scan = letterWithoutForm("Fax cover sheet " + UUID.randomUUID());
        long certificateId = CoiClient.json(CoiClient.as("admin")
                .upload("/coi/api/v1/vendors/" + vendorId + "/certificates", "fax.pdf", scan)).getJsonNumber("id").longValue();

        HttpResponse<String> rejected = CoiClient.as("admin").postJson(
                "/coi/api/v1/review-queue/" + certificateId + "/reject", "{\"reason\": \"Not a certificate: fax cover sheet\"}");

        assertThat(rejected.statusCode()).isEqualTo(200);
        assertThat(CoiClient.json(rejected).getString("reviewState")).isEqualTo("REJECTED");
        assertThat(CoiClient.json(CoiClient.as("viewer").get("/coi/api/v1/vendors/" + vendorId + "/compliance"))
                .getString("status")).isEqualTo("NO_CERTIFICATE");
        HttpResponse<byte[]> original = CoiClient.as("viewer").download("/coi/api/v1/certificates/" + certificateId + "/document");
        assertThat(original.statusCode()).isEqualTo(200);
        assertThat(original.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
        assertThat(original.body()).isEqualTo(scan);
        assertThat(CoiClient.as("admin").postJson("/coi/api/v1/review-queue/" + certificateId + "/reject", "{\"reason\": \"\"}")
                .statusCode()).isEqualTo(400);
    }

    @Test
    void viewersAndMachinesStayOutOfTheReviewQueue() {
        assertThat(CoiClient.as("viewer").get("/coi/api/v1/review-queue").statusCode()).isEqualTo(403);
        assertThat(CoiClient.as("erp").postJson("/coi/api/v1/review-queue/1/approve", "").statusCode()).isEqualTo(403);
    }

    private static long vendorWithDemoStyleProfile(String name) {
        HttpResponse<String> profile = CoiClient.as("admin").postJson("/coi/api/v1/requirement-profiles",
                "{\"name\": \"Review " + UUID.randomUUID() + "\", \"requirements\": [{\"coverage\": \"GL\","
                        + " \"minimumLimits\": {\"EACH_OCCURRENCE\": 1000000}}]}");
        assertThat(profile.statusCode()).as(profile.body()).isEqualTo(201);
        HttpResponse<String> vendor = CoiClient.as("erp").postJson("/coi/api/v1/vendors", Json.createObjectBuilder()
                .add("sourceSystem", "IT-ERP").add("externalId", "IT-" + UUID.randomUUID()).add("name", name)
                .add("requirementProfileId", CoiClient.json(profile).getJsonNumber("id").longValue()).build().toString());
        return CoiClient.json(vendor).getJsonNumber("id").longValue();
    }

    private static String corrections(String insured, String policyNumber) {
        return Json.createObjectBuilder().add("insuredName", insured).add("holderName", "OpenCOI Demo Corporation")
                .add("policies", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("coverage", "GL").add("policyNumber", policyNumber)
                        .add("effectiveDate", TODAY.minusMonths(1).toString())
                        .add("expirationDate", TODAY.plusMonths(11).toString())
                        .add("limits", Json.createObjectBuilder().add("EACH_OCCURRENCE", 1_000_000))))
                .build().toString();
    }

    /** A one-page PDF with a line of text and no form: nothing OpenCOI can read fields from. */
    private static byte[] letterWithoutForm(String text) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                content.showText(text);
                content.endText();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }
}
