package org.opencoi.audit.domain;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/** Where audit events are appended. There is deliberately no way to change or remove one. */
public interface AuditEventRepository {

    /** Appends the event at the end of the audit chain. */
    void append(AuditEvent event);

    /** Up to {@code limit} events of the chain from the given position on, in chain order. */
    List<AuditEvent> chainFrom(long position, int limit);

    /** The end of the chain as last recorded. */
    AuditChainHead head();

    /** The events about one record, oldest first. */
    List<AuditEvent> ofRecord(String recordType, String recordId);

    /** The events in [from, to), oldest first; the caller closes the stream. */
    Stream<AuditEvent> between(Instant from, Instant to);

    /** A page of the events matching the criteria, newest first. */
    List<AuditEvent> search(AuditCriteria criteria, int offset, int limit);

    long count(AuditCriteria criteria);
}
