package org.opencoi.sync.application;

import jakarta.ejb.Local;
import java.util.List;

/**
 * Applies what ERP systems send about their vendors, the same way whether it came over REST, SOAP or a
 * dropped file. Idempotent by (sourceSystem, externalId) and the record's version: the same record twice,
 * or an older one, changes nothing.
 */
@Local
public interface VendorSyncService {

    /** The most records one call takes; bigger feeds are split by the sender. */
    int MAX_BATCH = 1000;

    /**
     * Creates or updates one vendor per record, in order, and answers one result per record. A malformed
     * record is REJECTED (and dead-lettered) while the others still apply. New vendors get the requirement
     * profile mapped from their category, and a first decision when they have one.
     *
     * @throws org.opencoi.shared.application.InvalidRequestException when the source system is missing or
     *         the batch is empty or larger than {@link #MAX_BATCH}
     * @throws SyncConflictException when another transaction wrote one of the batch's vendors meanwhile:
     *         nothing of the batch is kept, and applying it again is safe
     */
    List<SyncResult> upsert(String sourceSystem, List<VendorRecord> records);

    /** Sets the vendor inactive, unless {@code version} is older than what is held (UNCHANGED then). */
    SyncResult deactivate(String sourceSystem, String externalId, long version);

    /** Maps a category to the requirement profile new vendors in it get; for admins. */
    void mapCategory(String category, long requirementProfileId);

    /**
     * One page of the vendors held for a source system, ordered by external id, with what the ERP owns of
     * each: what an ERP compares its own records with to reconcile.
     */
    List<HeldVendor> heldVendors(String sourceSystem, int offset, int limit);

    /** Dead-lettered records, newest first; for admins. */
    List<SyncRejectionView> rejections(int offset, int limit);

    /** Applies a dead-lettered record again as received; it leaves the dead letters unless rejected again. */
    SyncResult replay(long rejectionId);
}
