package org.opencoi.audit.application;

import java.time.Instant;

/**
 * What to look for in the audit trail; every criterion given must match, absent ones match all. The
 * actor and record are matched exactly; the time range is [from, to).
 */
public record AuditCriteria(String actor, String recordType, String recordId, Instant from, Instant to) {

    /** A blank text criterion is no criterion. */
    public AuditCriteria {
        actor = givenOrNull(actor);
        recordType = givenOrNull(recordType);
        recordId = givenOrNull(recordId);
    }

    private static String givenOrNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
