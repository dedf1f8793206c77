package org.opencoi.audit.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencoi.audit.domain.AuditAction;
import org.opencoi.audit.domain.AuditEvent;
import org.opencoi.audit.domain.ComplianceFigures.OpenDeficiency;
import org.opencoi.audit.domain.ComplianceFigures.StatusCount;
import org.opencoi.shared.domain.ComplianceStatus;

/** The audit extract's CSV and PDF summary, read back with Commons CSV and PDFBox's text extraction. */
class AuditExtractWritersTest {

    private static final Instant AT = Instant.parse("2026-03-04T10:15:30.123456Z");

    @TempDir
    Path directory;

    @Test
    void csvHoldsEveryEventExactlyAndItsHashIsTheHashOfTheFile() throws Exception {
        List<AuditEvent> events = List.of(
                new AuditEvent(AT, "erp", AuditAction.CREATE, "Vendor", "17", null, "{\"name\":\"Łódź Trades, \\\"quoted\\\"\"}", "10.0.0.7"),
                new AuditEvent(AT.plusSeconds(60), "reviewer", AuditAction.APPROVE, "Certificate", "5", "{\"state\":\"PENDING\"}",
                        "{\"note\":\"line one\nline two\"}", null));
        Path file = directory.resolve("events.csv");

        WrittenFile written = new AuditExtractCsvWriter().write(events.stream(), file);

        byte[] bytes = Files.readAllBytes(file);
        assertThat(written.records()).isEqualTo(2);
        assertThat(written.bytes()).isEqualTo(bytes.length);
        assertThat(written.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
        List<CSVRecord> records;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
        assertThat(new String(bytes, StandardCharsets.UTF_8))
                .startsWith("id,occurred_at,actor,action,record_type,record_id,before,after,source_address,chain_position,event_hash\r\n");
        assertThat(records).hasSize(2);
        assertThat(records.get(0).get("occurred_at")).isEqualTo("2026-03-04T10:15:30.123456Z");
        assertThat(records.get(0).get("after")).isEqualTo("{\"name\":\"Łódź Trades, \\\"quoted\\\"\"}");
        assertThat(records.get(0).get("source_address")).isEqualTo("10.0.0.7");
        assertThat(records.get(1).get("actor")).isEqualTo("reviewer");
        assertThat(records.get(1).get("before")).isEqualTo("{\"state\":\"PENDING\"}");
        assertThat(records.get(1).get("after")).isEqualTo("{\"note\":\"line one\nline two\"}");
        assertThat(records.get(1).get("source_address")).isEmpty();
    }

    @Test
    void pdfSummaryShowsRangeTotalsNonCompliantVendorsAndTheCsvHash() throws Exception {
        WrittenFile csv = new AuditExtractCsvWriter().write(Stream.of(new AuditEvent(AT, "admin", AuditAction.UPDATE, "Vendor",
                "1", "{}", "{}", null)), directory.resolve("events.csv"));
        List<StatusCount> counts = List.of(new StatusCount(ComplianceStatus.COMPLIANT, 12),
                new StatusCount(ComplianceStatus.NON_COMPLIANT, 80));
        // Enough deficiencies to need several pages.
        Stream<OpenDeficiency> deficiencies = IntStream.rangeClosed(1, 80).mapToObj(i -> new OpenDeficiency(i,
                "Vendor Nº " + i + " Ŧrades", AT, "General liability",
                "each occurrence limit 500,000 is below the required 1,000,000"));
        Path file = directory.resolve("summary.pdf");

        WrittenFile pdf = new AuditExtractPdfWriter().write(new AuditExtractPdfWriter.Summary(LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 3, 31), AT, "audit-events.csv", csv, counts), deficiencies, file);

        byte[] bytes = Files.readAllBytes(file);
        assertThat(pdf.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
        try (PDDocument document = Loader.loadPDF(bytes)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1).isEqualTo((int) pdf.records());
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("2026-03-01 to 2026-03-31")
                    .contains("SHA-256 of the CSV: " + csv.sha256())
                    .contains("Audit events in the CSV audit-events.csv: 1")
                    .contains("COMPLIANT: 12").contains("NON_COMPLIANT: 80").contains("Total vendors: 92")
                    .contains("Vendor Nº 1 ?rades (vendor 1,").contains("Vendor Nº 80 ?rades (vendor 80,")
                    .contains("General liability: each occurrence limit 500,000 is below the required 1,000,000");
        }
    }

    @Test
    void pdfSaysNoneWhenNoVendorIsNonCompliant() throws Exception {
        WrittenFile csv = new AuditExtractCsvWriter().write(Stream.empty(), directory.resolve("events.csv"));
        Path file = directory.resolve("summary.pdf");

        new AuditExtractPdfWriter().write(new AuditExtractPdfWriter.Summary(LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 3, 1), AT, "audit-events.csv", csv, List.of()), Stream.empty(), file);

        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Audit events in the CSV audit-events.csv: 0").contains("Total vendors: 0")
                    .contains("Non-compliant vendors and their open deficiencies\nnone")
                    .contains(csv.sha256());
        }
    }
}
