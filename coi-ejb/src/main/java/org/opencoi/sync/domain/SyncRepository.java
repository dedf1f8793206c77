package org.opencoi.sync.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where the sync context keeps its category mapping and its dead letters. */
public interface SyncRepository {

    Optional<CategoryProfile> categoryProfile(String category);

    void add(CategoryProfile mapping);

    void add(SyncRejection rejection);

    Optional<SyncRejection> rejection(long id);

    void remove(SyncRejection rejection);

    void add(StatusChange change);

    Optional<StatusChange> statusChange(long id);

    /**
     * Undelivered changes whose next attempt is due, oldest first, with their source system's webhook; only
     * the oldest undelivered change of each vendor, so that a vendor's changes are delivered in order.
     */
    List<DueStatusChange> dueStatusChanges(Instant now, int limit);

    Optional<SyncWebhook> webhook(String sourceSystem);

    void add(SyncWebhook webhook);

    /** A due change and the URL it goes to. */
    record DueStatusChange(StatusChange change, String url) {
    }

    /** Rejections, newest first. */
    List<SyncRejection> rejections(int offset, int limit);
}
