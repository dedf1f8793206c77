package org.opencoi.sync.application;

/** The outcome for one record of a sync, with OpenCOI's vendor id when there is one and the reason when useful. */
public record SyncResult(String externalId, SyncOutcome outcome, Long vendorId, String reason) {

    public static SyncResult of(String externalId, SyncOutcome outcome, Long vendorId) {
        return new SyncResult(externalId, outcome, vendorId, null);
    }

    public static SyncResult rejected(String externalId, String reason) {
        return new SyncResult(externalId, SyncOutcome.REJECTED, null, reason);
    }
}
