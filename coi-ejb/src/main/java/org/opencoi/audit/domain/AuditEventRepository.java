package org.opencoi.audit.domain;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/** Where audit events are appended. There is deliberately no way to change or remove one. */
public interface AuditEventRepository {

    void append(AuditEvent event);

    /** The events about one record, oldest first. */
    List<AuditEvent> ofRecord(String recordType, String recordId);

    /** The events in [from, to), oldest first; the caller closes the stream. */
    Stream<AuditEvent> between(Instant from, Instant to);
}
