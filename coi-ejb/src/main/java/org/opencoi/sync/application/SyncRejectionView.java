package org.opencoi.sync.application;

import java.time.Instant;
import org.opencoi.sync.domain.SyncRejection;

/** A dead-lettered record as admins see it; {@code payload} is the record as received, in JSON. */
public record SyncRejectionView(long id, String sourceSystem, String externalId, String reason, String payload,
        Instant receivedAt, String receivedBy) {

    public static SyncRejectionView of(SyncRejection r) {
        return new SyncRejectionView(r.getId(), r.getSourceSystem(), r.getExternalId(), r.getReason(), r.getPayload(),
                r.getReceivedAt(), r.getReceivedBy());
    }
}
