package org.opencoi.sync.rest.dto;

import java.util.List;
import org.opencoi.sync.application.SyncResult;

/** The answer to a sync batch: one result per record, in the order sent. */
public record VendorSyncReport(List<SyncResult> results) {
}
