package org.opencoi.sync.erp;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.opencoi.sync.application.VendorRecord;

/**
 * The message {@link VendorSyncRoute#UPSERT_URI} takes: one source system's vendor records, already
 * translated. Missing or empty records are passed on as they came, for the sync service to answer.
 */
public record VendorBatch(String sourceSystem, List<VendorRecord> records) {

    public VendorBatch {
        records = records == null ? null : Collections.unmodifiableList(new ArrayList<>(records));
    }
}
