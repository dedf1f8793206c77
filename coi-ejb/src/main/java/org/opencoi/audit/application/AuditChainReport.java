package org.opencoi.audit.application;

/**
 * The outcome of checking the audit chain: how many events were found intact and, when the chain is
 * broken, the first broken link.
 */
public record AuditChainReport(boolean intact, long eventsChecked, Long brokenAtPosition, Long brokenEventId,
        String problem) {
}
