package org.opencoi.sync.erp;

import java.util.ArrayList;
import java.util.List;
import org.opencoi.shared.application.NotFoundException;
import org.opencoi.sync.application.HeldVendor;
import org.opencoi.sync.application.SyncConflictException;
import org.opencoi.sync.application.SyncOutcome;
import org.opencoi.sync.application.SyncRejectionView;
import org.opencoi.sync.application.SyncResult;
import org.opencoi.sync.application.VendorRecord;
import org.opencoi.sync.application.VendorSyncService;

/**
 * A sync service that keeps what it was sent, for routes tested without a container: each valid record
 * is CREATED, a malformed one REJECTED with the real rule's reason; deactivating a key it never received
 * is the real service's NotFoundException; a batch can be made to collide with another sync.
 */
public class RecordingVendorSyncService implements VendorSyncService {

    public final List<VendorBatch> batches = new ArrayList<>();
    private final List<String> known = new ArrayList<>();
    /** How many of the next batches fail as if another sync had written the same vendors at the same time. */
    public int conflictsAhead;

    @Override
    public List<SyncResult> upsert(String sourceSystem, List<VendorRecord> records) {
        batches.add(new VendorBatch(sourceSystem, records));
        if (conflictsAhead > 0) {
            conflictsAhead--;
            throw new SyncConflictException(sourceSystem, null);
        }
        List<SyncResult> results = new ArrayList<>();
        for (VendorRecord record : records) {
            String reason = record.rejectionReason();
            if (reason != null) {
                results.add(SyncResult.rejected(record.externalId(), reason));
            } else {
                known.add(sourceSystem + "/" + record.externalId());
                results.add(SyncResult.of(record.externalId(), SyncOutcome.CREATED, (long) known.size()));
            }
        }
        return results;
    }

    @Override
    public SyncResult deactivate(String sourceSystem, String externalId, long version) {
        int index = known.indexOf(sourceSystem + "/" + externalId);
        if (index < 0) {
            throw new NotFoundException("no vendor " + externalId + " from " + sourceSystem);
        }
        return SyncResult.of(externalId, SyncOutcome.UPDATED, index + 1L);
    }

    @Override
    public void mapCategory(String category, long requirementProfileId) {
        throw new UnsupportedOperationException("not reached through routes");
    }

    @Override
    public List<HeldVendor> heldVendors(String sourceSystem, int offset, int limit) {
        throw new UnsupportedOperationException("not reached through routes");
    }

    @Override
    public List<SyncRejectionView> rejections(int offset, int limit) {
        throw new UnsupportedOperationException("not reached through routes");
    }

    @Override
    public SyncResult replay(long rejectionId) {
        throw new UnsupportedOperationException("not reached through routes");
    }
}
