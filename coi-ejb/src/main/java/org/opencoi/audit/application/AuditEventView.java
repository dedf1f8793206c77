package org.opencoi.audit.application;

import java.time.Instant;
import org.opencoi.audit.domain.AuditEvent;

/**
 * An audit event as screens and APIs show it; before and after are the JSON the event recorded, and
 * sourceAddress the address the request came from (none for work of the server itself).
 */
public record AuditEventView(long id, Instant occurredAt, String actor, String action, String recordType,
        String recordId, String before, String after, String sourceAddress) {

    public static AuditEventView of(AuditEvent e) {
        return new AuditEventView(e.getId(), e.getOccurredAt(), e.getActor(), e.getAction(), e.getRecordType(),
                e.getRecordId(), e.getBeforeValue(), e.getAfterValue(), e.getSourceAddress());
    }
}
