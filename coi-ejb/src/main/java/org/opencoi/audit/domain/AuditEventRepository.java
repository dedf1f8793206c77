package org.opencoi.audit.domain;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/** Where audit events are appended. There is deliberately no way to change or remove one. */
public interface AuditEventRepository {

    /**
     * Appends the events, in their order, at the end of the audit chain and writes them out. The chain's end is
     * locked from here until the transaction ends, so callers append last, just before their commit.
     */
    void append(List<AuditEvent> events);

    /** Up to {@code limit} events of the chain from the given position on, in chain order. */
    List<AuditEvent> chainFrom(long position, int limit);

    /** The end of the chain as last recorded. */
    AuditChainHead head();

    /** The events about one record, oldest first. */
    List<AuditEvent> ofRecord(String recordType, String recordId);

    /** The events in [from, to), oldest first; the caller closes the stream. */
    Stream<AuditEvent> between(Instant from, Instant to);
}
