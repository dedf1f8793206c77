package org.opencoi.sync.application;

import java.time.Instant;
import org.opencoi.shared.domain.ComplianceStatus;

/** A status change due for delivery, and the webhook URL of its source system. */
public record PendingStatus(long id, String url, String sourceSystem, String externalId, long vendorId,
        ComplianceStatus status, Instant changedAt, int attempts) {
}
