package org.opencoi.compliance.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.opencoi.compliance.application.ReportFormat;
import org.opencoi.compliance.application.ReportTable;
import org.opencoi.compliance.application.ReportWriter;

/** A report as RFC 4180 CSV in UTF-8, with a header row. */
@ApplicationScoped
public class CsvReportWriter implements ReportWriter {

    @Override
    public ReportFormat format() {
        return ReportFormat.CSV;
    }

    @Override
    public byte[] write(ReportTable table) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                .setHeader(table.columns().toArray(String[]::new)).get())) {
            for (List<String> row : table.rows()) {
                csv.printRecord(row.stream().map(CsvReportWriter::inert));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A cell a spreadsheet opening the file will not take for a formula (a vendor name can start with "="). */
    private static String inert(String cell) {
        return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }
}
