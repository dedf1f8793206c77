package org.opencoi.audit.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.opencoi.audit.domain.AuditEvent;

/**
 * Writes audit events as CSV (RFC 4180, UTF-8, a header row), one row per event in the order given, each
 * value exactly as recorded, so that the rows can be checked against the audit chain. The events are
 * written as they come, never all held at once.
 */
@ApplicationScoped
public class AuditExtractCsvWriter {

    static final String[] HEADER = {"id", "occurred_at", "actor", "action", "record_type", "record_id",
        "before", "after", "source_address", "chain_position", "event_hash"};

    public WrittenFile write(Stream<AuditEvent> events, Path file) {
        long rows = 0;
        try (HashingOutput hashing = new HashingOutput(new BufferedOutputStream(Files.newOutputStream(file)));
                Writer out = new OutputStreamWriter(hashing, StandardCharsets.UTF_8);
                CSVPrinter csv = CSVFormat.RFC4180.builder().setHeader(HEADER).get().print(out)) {
            for (Iterator<AuditEvent> it = events.iterator(); it.hasNext(); rows++) {
                AuditEvent e = it.next();
                csv.printRecord(e.getId(), e.getOccurredAt(), e.getActor(), e.getAction(), e.getRecordType(),
                        e.getRecordId(), e.getBeforeValue(), e.getAfterValue(), e.getSourceAddress(),
                        e.getChainPosition(), e.getEventHash());
            }
            csv.flush();
            return hashing.written(rows);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the audit extract " + file, e);
        }
    }
}
