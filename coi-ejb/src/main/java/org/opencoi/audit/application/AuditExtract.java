package org.opencoi.audit.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.opencoi.audit.domain.AuditEvent;
import org.opencoi.audit.domain.AuditEventRepository;
import org.opencoi.shared.application.InvalidRequestException;

/**
 * Writes the audit events of a range of days as CSV, one row per event, oldest first. Open to the
 * batch runtime's threads; who may start the job is checked where it is started.
 */
@Stateless
@PermitAll
public class AuditExtract {

    static final String[] HEADER = {"id", "occurred_at", "actor", "action", "record_type", "record_id",
        "before", "after", "source_address"};

    @Inject
    AuditEventRepository events;

    /** Writes the events of the days from..to (both included, UTC) to the file; returns how many. */
    public long write(LocalDate from, LocalDate to, Path file) {
        if (to.isBefore(from)) {
            throw new InvalidRequestException("the extract range ends before it starts");
        }
        long rows = 0;
        try {
            Files.createDirectories(file.getParent());
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                    CSVPrinter csv = CSVFormat.RFC4180.builder().setHeader(HEADER).get().print(out);
                    Stream<AuditEvent> stream = events.between(from.atStartOfDay().toInstant(ZoneOffset.UTC),
                            to.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC))) {
                for (Iterator<AuditEvent> it = stream.iterator(); it.hasNext(); rows++) {
                    AuditEvent e = it.next();
                    csv.printRecord(e.getId(), e.getOccurredAt(), e.getActor(), e.getAction(), e.getRecordType(),
                            e.getRecordId(), e.getBeforeValue(), e.getAfterValue(), e.getSourceAddress());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the audit extract " + file, e);
        }
        return rows;
    }
}
