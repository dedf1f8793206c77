package org.opencoi.sync.rest.dto;

import java.util.List;
import org.opencoi.sync.application.VendorRecord;

/** POST /v1/sync/vendors: the source system, named once, and up to 1,000 of its vendor records. */
public record VendorSyncBatch(String sourceSystem, List<VendorRecord> vendors) {
}
