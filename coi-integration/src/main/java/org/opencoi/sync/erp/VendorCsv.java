package org.opencoi.sync.erp;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.opencoi.shared.application.InvalidRequestException;
import org.opencoi.sync.application.SyncResult;
import org.opencoi.sync.application.VendorRecord;

/**
 * Translates the vendor file drop's CSV (RFC 4180, UTF-8, a header row naming the columns in any order)
 * into vendor batches, and per-record results into the report CSV written beside each file. Columns:
 * sourceSystem, externalId, version, name (required) and taxId, addressLine, city, state, postalCode,
 * country, contactEmail, agentEmail, category, active (optional; active is true or false).
 */
public final class VendorCsv {

    static final List<String> REQUIRED = List.of("sourceSystem", "externalId", "version", "name");
    static final List<String> REPORT_HEADER = List.of("line", "sourceSystem", "externalId", "outcome", "vendorId", "reason");

    private static final CSVFormat IN = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true).setTrim(true).get();
    private static final CSVFormat OUT = CSVFormat.RFC4180.builder().setHeader(REPORT_HEADER.toArray(String[]::new)).get();

    /** One data line of a file, translated; {@code line} is its line number in the file, for the report. */
    public record Row(long line, String sourceSystem, VendorRecord record) {
    }

    private VendorCsv() {
    }

    /**
     * The file's rows in order. A value that cannot be read (a version that is no number) is left out, so
     * that the sync service rejects that record with its reason while the other rows still apply.
     *
     * @throws InvalidRequestException when the header lacks a required column: nothing in the file is applied
     */
    public static List<Row> read(Reader csv) {
        try (var parser = IN.parse(csv)) {
            Set<String> columns = parser.getHeaderMap().keySet();
            List<String> missing = REQUIRED.stream().filter(c -> !columns.contains(c)).toList();
            if (!missing.isEmpty()) {
                throw new InvalidRequestException("the header row lacks the columns " + String.join(", ", missing));
            }
            List<Row> rows = new ArrayList<>();
            for (CSVRecord r : parser) {
                rows.add(new Row(parser.getCurrentLineNumber(), value(r, "sourceSystem"), new VendorRecord(
                        value(r, "externalId"), value(r, "name"), value(r, "taxId"), value(r, "addressLine"),
                        value(r, "city"), value(r, "state"), value(r, "postalCode"), value(r, "country"),
                        value(r, "contactEmail"), value(r, "agentEmail"), value(r, "category"),
                        flag(value(r, "active")), number(value(r, "version")))));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The report: one line per row, in the file's order, with the row's line number and its result. */
    public static String report(List<Row> rows, List<SyncResult> results) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, OUT)) {
            for (int i = 0; i < rows.size(); i++) {
                Row row = rows.get(i);
                SyncResult result = results.get(i);
                printer.printRecord(row.line(), row.sourceSystem(), row.record().externalId(), result.outcome(),
                        result.vendorId(), result.reason());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The report of a file nothing of which was applied. */
    public static String failureReport(String reason) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader("error").get())) {
            printer.printRecord(reason);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String value(CSVRecord record, String column) {
        if (!record.isMapped(column) || !record.isSet(column)) {
            return null;
        }
        String value = record.get(column);
        return value.isEmpty() ? null : value;
    }

    private static Long number(String value) {
        try {
            return value == null ? null : Long.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Boolean flag(String value) {
        return value == null ? null : !"false".equalsIgnoreCase(value);
    }
}
