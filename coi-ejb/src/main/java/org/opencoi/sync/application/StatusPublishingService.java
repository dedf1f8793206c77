package org.opencoi.sync.application;

import jakarta.ejb.Local;
import java.util.List;

/**
 * The outbox of compliance status changes to tell ERP systems (payment hold or release): which are due,
 * and what became of a delivery. Changes of vendors whose source system has no webhook wait until it has.
 */
@Local
public interface StatusPublishingService {

    /**
     * At most {@code limit} undelivered changes whose next attempt is due now, oldest first; a vendor's
     * change is due only once every earlier change of that vendor has been delivered.
     */
    List<PendingStatus> due(int limit);

    void delivered(long id);

    /** Records a failed delivery; the change is tried again after a growing wait. */
    void failed(long id, String error);

    /** Sets where one source system's status changes are delivered; for admins. */
    void setWebhook(String sourceSystem, String url);
}
