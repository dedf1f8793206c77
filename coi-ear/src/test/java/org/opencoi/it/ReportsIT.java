package org.opencoi.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Compliance reports over HTTP: as JSON, and exported as CSV, XLSX and PDF files. */
class ReportsIT extends DeployedEarTest {

    private static final String BY_PROFILE = "/coi/api/v1/reports/compliance-by-profile";

    @Test
    void complianceByProfileCountsANewVendorInItsProfile() {
        String profile = profileWithVendor();

        JsonObject report = CoiClient.json(CoiClient.as("viewer").get(BY_PROFILE));

        assertThat(report.getJsonArray("columns").getString(0)).isEqualTo("Requirement profile");
        assertThat(report.getJsonArray("rows").toString()).contains("[\"" + profile + "\",\"0\",\"0\",\"0\",\"0\",\"1\",\"1\"]");
    }

    @Test
    void eachExportFormatCarriesTheReport() throws Exception {
        String profile = profileWithVendor();

        HttpResponse<String> csv = CoiClient.as("viewer").get(BY_PROFILE + "?format=csv");
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(csv.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"compliance-by-profile.csv\"");
        assertThat(csv.body()).contains(profile + ",0,0,0,0,1,1");

        HttpResponse<byte[]> xlsx = CoiClient.as("reviewer").download(BY_PROFILE + "?format=xlsx");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("Requirement profile");
        }

        HttpResponse<byte[]> pdf = CoiClient.as("admin").download(BY_PROFILE + "?format=pdf");
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertThat(new PDFTextStripper().getText(document)).contains("Compliance by requirement profile");
        }
    }

    @Test
    void anUnknownReportOrFormatIsABadRequestAndMachinesGetNoReports() {
        assertThat(CoiClient.as("viewer").get("/coi/api/v1/reports/salaries").statusCode()).isEqualTo(400);
        assertThat(CoiClient.as("viewer").get(BY_PROFILE + "?format=docx").statusCode()).isEqualTo(400);
        assertThat(CoiClient.as("viewer").get("/coi/api/v1/reports/expiring-policies?days=0").statusCode()).isEqualTo(400);
        assertThat(CoiClient.as("erp").get(BY_PROFILE).statusCode()).isEqualTo(403);
    }

    private static String profileWithVendor() {
        String name = "Report " + UUID.randomUUID();
        HttpResponse<String> profile = CoiClient.as("admin").postJson("/coi/api/v1/requirement-profiles",
                "{\"name\": \"" + name + "\", \"requirements\": [{\"coverage\": \"GL\"}]}");
        assertThat(profile.statusCode()).as(profile.body()).isEqualTo(201);
        HttpResponse<String> vendor = CoiClient.as("erp").postJson("/coi/api/v1/vendors",
                "{\"sourceSystem\": \"IT-ERP\", \"externalId\": \"IT-" + UUID.randomUUID() + "\", \"name\": \"Report Check\","
                        + " \"requirementProfileId\": " + CoiClient.json(profile).getJsonNumber("id") + "}");
        assertThat(vendor.statusCode()).as(vendor.body()).isEqualTo(201);
        return name;
    }
}
