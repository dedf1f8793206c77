package org.opencoi.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonObject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.opencoi.certificate.fixtures.Acord25Pdf;
import org.opencoi.certificate.fixtures.PdfSamples;

/**
 * Uploading ACORD 25 PDFs: the server reads the filled-in form or the printed text, keeps the original,
 * and answers with what it read and the vendor's new decision; a scan is kept at once and read by OCR after
 * the answer (202, then polled); bad files are refused with the reason and nothing is stored.
 */
class CertificateUploadIT extends DeployedEarTest {

    private static final DateTimeFormatter ACORD = DateTimeFormatter.ofPattern("MM/dd/yyyy");
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @Test
    void fillableAcord25IsReadAndDecidedInTheSameRequest() {
        long vendorId = vendorWithProfile("Harbor Electric LLC");

        HttpResponse<String> response = CoiClient.as("reviewer").upload(certificates(vendorId), "harbor.pdf",
                Acord25Pdf.fillable().with(certificate("Harbor Electric LLC", "$1,000,000")).build());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonObject certificate = CoiClient.json(response);
        assertThat(certificate.getString("insuredName")).isEqualTo("Harbor Electric LLC");
        assertThat(certificate.getString("holderName")).isEqualTo("OpenCOI Demo Corporation");
        assertThat(certificate.getBoolean("reviewRequired")).isFalse();
        assertThat(certificate.getString("sha256")).hasSize(64);
        JsonObject gl = certificate.getJsonArray("policies").getJsonObject(0);
        assertThat(gl.getString("coverage")).isEqualTo("GL");
        assertThat(gl.getString("insurerName")).isEqualTo("Travelers Indemnity Company");
        assertThat(gl.getString("insurerNaic")).isEqualTo("25658");
        assertThat(gl.getString("effectiveDate")).isEqualTo(TODAY.minusMonths(1).toString());
        assertThat(gl.getJsonObject("limits").getJsonNumber("EACH_OCCURRENCE").bigDecimalValue())
                .isEqualByComparingTo("1000000");
        assertThat(certificate.getJsonObject("compliance").getString("status")).isEqualTo("COMPLIANT");
        assertThat(response.headers().firstValue("Server-Timing")).as("the server's own time for the upload")
                .hasValueSatisfying(timing -> assertThat(timing).matches("app;dur=\\d+\\.\\d{2}"));
    }

    @Test
    void flattenedAcord25IsReadFromItsPrintedText() {
        long vendorId = vendorWithProfile("Copper Line Paving Inc");

        HttpResponse<String> response = CoiClient.as("admin").upload(certificates(vendorId), "flat.pdf",
                Acord25Pdf.flattened().with(certificate("Copper Line Paving Inc", "500,000")).build());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonObject certificate = CoiClient.json(response);
        assertThat(certificate.getString("insuredName")).isEqualTo("Copper Line Paving Inc");
        JsonObject decision = certificate.getJsonObject("compliance");
        assertThat(decision.getString("status")).isEqualTo("NON_COMPLIANT");
        assertThat(decision.getJsonArray("deficiencies").getJsonObject(0).getJsonNumber("found").bigDecimalValue())
                .isEqualByComparingTo("500000");
    }

    @Test
    void aScanIsKeptAtOnceAndReadByOcrAfterTheAnswer() throws IOException {
        long vendorId = vendorWithProfile("Granite Ridge Roofing LLC");
        byte[] scan = scanned(Acord25Pdf.flattened().with(certificate("Granite Ridge Roofing LLC", "$1,000,000")).build());

        HttpResponse<String> response = CoiClient.as("reviewer").upload(certificates(vendorId), "scan.pdf", scan);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        JsonObject kept = CoiClient.json(response);
        long id = kept.getJsonNumber("id").longValue();
        assertThat(response.headers().firstValue("Location")).hasValue(CoiClient.SERVER + "/coi/api/v1/certificates/" + id);
        assertThat(kept.getBoolean("reading")).isTrue();
        assertThat(kept.getString("reviewState")).isEqualTo("BEING_READ");
        assertThat(kept.getString("sha256")).hasSize(64);
        assertThat(kept.getJsonArray("policies")).isEmpty();

        // Each poll is one short GET; the read takes seconds.
        JsonObject read = await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
                .until(() -> CoiClient.json(CoiClient.as("viewer").get("/coi/api/v1/certificates/" + id)),
                        certificate -> !certificate.getBoolean("reading"));

        assertThat(read.getString("reviewState")).as(read.toString()).isIn("ACCEPTED", "PENDING_REVIEW");
        assertThat(read.getString("insuredName")).isEqualTo("Granite Ridge Roofing LLC");
        JsonObject gl = read.getJsonArray("policies").getJsonObject(0);
        assertThat(gl.getString("coverage")).isEqualTo("GL");
        assertThat(gl.getJsonObject("limits").getJsonNumber("EACH_OCCURRENCE").bigDecimalValue())
                .isEqualByComparingTo("1000000");
        assertThat(read.getJsonArray("readValues").getValuesAs(JsonObject.class))
                .filteredOn(value -> value.getString("field").equals("insured.name")).singleElement()
                .satisfies(insured -> {
                    assertThat(insured.getString("label")).isEqualTo("Insured");
                    assertThat(insured.getJsonObject("where").getInt("page")).isEqualTo(1);
                });
        assertThat(CoiClient.json(CoiClient.as("admin").get("/coi/api/v1/certificates/" + id)).containsKey("compliance"))
                .isTrue();
        HttpResponse<String> trail = CoiClient.as("admin").get("/coi/api/v1/audit-events?recordType=Certificate&recordId=" + id);
        assertThat(CoiClient.jsonArray(trail).getValuesAs(JsonObject.class)).extracting(e -> e.getString("action"))
                .containsExactly("CREATE", "READ");
    }

    @Test
    void aReadableUploadIsNotBeingRead() {
        long vendorId = vendorWithProfile("Readable Upload Inc");

        HttpResponse<String> response = CoiClient.as("admin").upload(certificates(vendorId), "readable.pdf",
                Acord25Pdf.fillable().with(certificate("Readable Upload Inc", "$1,000,000")).build());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonObject certificate = CoiClient.json(response);
        assertThat(certificate.getBoolean("reading")).isFalse();
        assertThat(CoiClient.json(CoiClient.as("viewer").get("/coi/api/v1/certificates/" + certificate.getJsonNumber("id")))
                .getString("insuredName")).isEqualTo("Readable Upload Inc");
    }

    @Test
    void aCertificateForSomeoneElseIsAnInsuredMismatch() {
        long vendorId = vendorWithProfile("Willow Creek Builders LLC");

        JsonObject decision = CoiClient.json(CoiClient.as("admin").upload(certificates(vendorId), "other.pdf",
                Acord25Pdf.fillable().with(certificate("Totally Different Company Inc", "1,000,000")).build()))
                .getJsonObject("compliance");

        assertThat(decision.getString("status")).isEqualTo("NON_COMPLIANT");
        assertThat(decision.getJsonArray("deficiencies").getValuesAs(JsonObject.class))
                .extracting(d -> d.getString("kind")).contains("INSURED_MISMATCH");
    }

    @Test
    void theSameFileTwiceIsADuplicate() {
        long vendorId = vendorWithProfile("Duplicate Check Inc");
        byte[] pdf = Acord25Pdf.fillable().with(certificate("Duplicate Check Inc", "1,000,000")).build();
        assertThat(CoiClient.as("admin").upload(certificates(vendorId), "first.pdf", pdf).statusCode()).isEqualTo(201);

        HttpResponse<String> again = CoiClient.as("admin").upload(certificates(vendorId), "again.pdf", pdf);

        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void badFilesAreRefusedWithTheReasonAndNothingIsStored() {
        long vendorId = vendorWithProfile("Bad Files Ltd");
        byte[] valid = Acord25Pdf.fillable().with(certificate("Bad Files Ltd", "1,000,000")).build();
        Map<String, byte[]> bad = Map.of(
                "not a readable PDF", ("just text " + UUID.randomUUID()).getBytes(),
                "empty", new byte[0],
                "truncated", Arrays.copyOf(valid, valid.length / 2),
                "password-protected", PdfSamples.encrypted(valid, "owner", "secret"),
                "pages", PdfSamples.blankPages(200));

        bad.forEach((reason, file) -> {
            HttpResponse<String> response = CoiClient.as("admin").upload(certificates(vendorId), "bad.pdf", file);

            assertThat(response.statusCode()).as(reason).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(CoiClient.json(response).getString("detail")).as(reason).contains(reason);
        });
        HttpResponse<String> huge = CoiClient.as("admin").upload(certificates(vendorId), "huge.pdf", new byte[30 << 20]);
        assertThat(huge.statusCode()).isEqualTo(413);
        assertThat(CoiClient.as("admin").get(certificates(vendorId)).body()).isEqualTo("[]");
        assertThat(CoiClient.anonymous().get("/coi/api/health").statusCode()).as("the server stays up").isEqualTo(200);
    }

    @Test
    void viewerMayNotUpload() {
        long vendorId = vendorWithProfile("Viewer Upload Check");

        HttpResponse<String> response = CoiClient.as("viewer").upload(certificates(vendorId), "v.pdf",
                Acord25Pdf.fillable().with(certificate("Viewer Upload Check", "1,000,000")).build());

        assertThat(response.statusCode()).isEqualTo(403);
    }

    /** The PDF as a scanner returns it: each page rendered to a 300-dpi grey image, with no text left. */
    private static byte[] scanned(byte[] pdf) throws IOException {
        try (PDDocument printed = Loader.loadPDF(pdf); PDDocument scan = new PDDocument()) {
            PDFRenderer renderer = new PDFRenderer(printed);
            for (int i = 0; i < printed.getNumberOfPages(); i++) {
                BufferedImage image = renderer.renderImageWithDPI(i, 300, ImageType.GRAY);
                PDRectangle size = printed.getPage(i).getMediaBox();
                PDPage page = new PDPage(size);
                scan.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(scan, page)) {
                    content.drawImage(LosslessFactory.createFromImage(scan, image), 0, 0, size.getWidth(), size.getHeight());
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            scan.save(out);
            return out.toByteArray();
        }
    }

    private static String certificates(long vendorId) {
        return "/coi/api/v1/vendors/" + vendorId + "/certificates";
    }

    private static long vendorWithProfile(String name) {
        HttpResponse<String> profile = CoiClient.as("admin").postJson("/coi/api/v1/requirement-profiles",
                "{\"name\": \"Upload " + UUID.randomUUID() + "\", \"requirements\": [{\"coverage\": \"GL\","
                        + " \"minimumLimits\": {\"EACH_OCCURRENCE\": 1000000}}]}");
        assertThat(profile.statusCode()).as(profile.body()).isEqualTo(201);
        HttpResponse<String> vendor = CoiClient.as("erp").postJson("/coi/api/v1/vendors",
                "{\"sourceSystem\": \"IT-ERP\", \"externalId\": \"IT-" + UUID.randomUUID() + "\", \"name\": \"" + name
                        + "\", \"requirementProfileId\": " + CoiClient.json(profile).getJsonNumber("id") + "}");
        assertThat(vendor.statusCode()).as(vendor.body()).isEqualTo(201);
        return CoiClient.json(vendor).getJsonNumber("id").longValue();
    }

    /** A general liability certificate as an agent fills in the ACORD 25, each-occurrence limit as printed. */
    /** The fields of a filled ACORD 25 for one insured with general liability, as an agent would fill it. */
    static Map<String, String> certificate(String insured, String eachOccurrence) {
        return certificate(insured, eachOccurrence, TODAY.plusMonths(11));
    }

    /** The same certificate with its general liability policy expiring on the given day. */
    static Map<String, String> certificate(String insured, String eachOccurrence, LocalDate expires) {
        return Map.ofEntries(
                Map.entry("CertificateOfInsurance_CertificateNumberIdentifier_A", UUID.randomUUID().toString().substring(0, 12)),
                Map.entry("Form_CompletionDate_A", TODAY.format(ACORD)),
                Map.entry("Producer_FullName_A", "Harbor Risk Partners"),
                Map.entry("NamedInsured_FullName_A", insured),
                Map.entry("CertificateHolder_FullName_A", "OpenCOI Demo Corporation"),
                Map.entry("Insurer_FullName_A", "Travelers Indemnity Company"),
                Map.entry("Insurer_NAICCode_A", "25658"),
                Map.entry("GeneralLiability_InsurerLetterCode_A", "A"),
                Map.entry("GeneralLiability_CoverageIndicator_A", "Yes"),
                Map.entry("GeneralLiability_OccurrenceIndicator_A", "Yes"),
                Map.entry("CertificateOfInsurance_GeneralLiability_AdditionalInsuredCode_A", "N"),
                Map.entry("Policy_GeneralLiability_SubrogationWaivedCode_A", "N"),
                Map.entry("Policy_GeneralLiability_PolicyNumberIdentifier_A", "GL-" + UUID.randomUUID().toString().substring(0, 8)),
                Map.entry("Policy_GeneralLiability_EffectiveDate_A", TODAY.minusMonths(1).format(ACORD)),
                Map.entry("Policy_GeneralLiability_ExpirationDate_A", expires.format(ACORD)),
                Map.entry("GeneralLiability_EachOccurrence_LimitAmount_A", eachOccurrence),
                Map.entry("GeneralLiability_GeneralAggregate_LimitAmount_A", "2,000,000"));
    }
}
