package org.opencoi.sync.application;

import jakarta.ejb.Local;
import java.util.List;

/**
 * Where an inbound adapter hands a vendor batch it has translated into OpenCOI's records: into the one
 * vendor-upsert route that every inbound way (REST, SOAP, file drop) goes through, so that a record is
 * answered the same whichever way it came. Implemented by the integration module.
 */
@Local
public interface InboundVendorSync {

    /**
     * One result per record, in order, as {@link VendorSyncService#upsert(String, List)} answers them. A batch
     * that collided with another sync creating one of its vendors at the same time is applied again, so the
     * caller sees that vendor UPDATED or UNCHANGED, never an error.
     */
    List<SyncResult> upsert(String sourceSystem, List<VendorRecord> records);
}
