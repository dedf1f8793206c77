package org.opencoi.sync.erp;

import java.util.List;
import org.opencoi.sync.application.VendorRecord;

/** The message {@link VendorSyncRoute#UPSERT_URI} takes: one source system's vendor records, already translated. */
public record VendorBatch(String sourceSystem, List<VendorRecord> records) {

    public VendorBatch {
        records = List.copyOf(records);
    }
}
