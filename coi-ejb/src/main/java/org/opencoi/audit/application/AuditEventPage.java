package org.opencoi.audit.application;

import java.util.List;

/** One page of audit events and how many match in all. */
public record AuditEventPage(List<AuditEventView> items, long total) {
}
