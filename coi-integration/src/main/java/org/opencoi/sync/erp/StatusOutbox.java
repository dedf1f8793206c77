package org.opencoi.sync.erp;

import java.util.List;
import org.opencoi.sync.application.PendingStatus;

/** What the status publishing route needs of the outbox: what is due, and what became of each delivery. */
public interface StatusOutbox {

    List<PendingStatus> due(int limit);

    void delivered(long id);

    void failed(long id, String error);
}
