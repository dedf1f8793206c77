package org.opencoi.sync.domain;

import java.util.List;
import java.util.Optional;

/** Where the sync context keeps its category mapping and its dead letters. */
public interface SyncRepository {

    Optional<CategoryProfile> categoryProfile(String category);

    void add(CategoryProfile mapping);

    void add(SyncRejection rejection);

    Optional<SyncRejection> rejection(long id);

    void remove(SyncRejection rejection);

    /** Rejections, newest first. */
    List<SyncRejection> rejections(int offset, int limit);
}
