package org.opencoi.compliance.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.opencoi.compliance.application.ReportTable;

/** Each export format carries the same table, read back with the format's own reader. */
class ReportWritersTest {

    private static final ReportTable TABLE = new ReportTable("Compliance by tier",
            List.of("Tier", "COMPLIANT", "Total"),
            List.of(List.of("HIGH", "3", "5"), List.of("=cmd|' /C calc'!A0", "0", "1"), List.of("Łódź Ŧrades, \"quoted\"", "7", "7")));

    @Test
    void csvHasAHeaderAndEveryRowAndDisarmsFormulas() throws Exception {
        String csv = new String(new CsvReportWriter().write(TABLE), StandardCharsets.UTF_8);

        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        assertThat(csv).startsWith("Tier,COMPLIANT,Total\r\n");
        assertThat(records).hasSize(3);
        assertThat(records.get(0).get("Tier")).isEqualTo("HIGH");
        assertThat(records.get(1).get("Tier")).isEqualTo("'=cmd|' /C calc'!A0");
        assertThat(records.get(2).get("Tier")).isEqualTo("Łódź Ŧrades, \"quoted\"");
    }

    @Test
    void xlsxHasABoldHeaderAndNumbersAsNumbers() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(new XlsxReportWriter().write(TABLE)))) {
            Sheet sheet = workbook.getSheetAt(0);

            assertThat(sheet.getSheetName()).isEqualTo("Compliance by tier");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Tier");
            assertThat(workbook.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(sheet.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(5.0);
            assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo("Łódź Ŧrades, \"quoted\"");
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
        }
    }

    @Test
    void pdfShowsTheTitleAndRowsOnAsManyPagesAsNeeded() throws Exception {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            rows.add(List.of("Vendor " + i, String.valueOf(i), "A name long enough to be cut to the width of its column, and then some more"));
        }
        byte[] pdf = new PdfReportWriter().write(new ReportTable("Policies expiring", List.of("Vendor", "Days", "Note"), rows));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            assertThat(text).contains("Policies expiring").contains("Vendor 0").contains("Vendor 99").contains("...");
        }
    }

    @Test
    void pdfShowsCharactersTheStandardFontLacksAsQuestionMarks() throws Exception {
        byte[] pdf = new PdfReportWriter().write(TABLE);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("?ód? ?rades");
        }
    }
}
