package org.opencoi.compliance.application;

import jakarta.ejb.Local;
import java.time.LocalDate;
import java.util.List;

/**
 * Where the nightly run hands the vendors it decided, for their renewal requests to be chased: the notification
 * context queues them, so that compliance needs to know nothing of mails and links.
 */
@Local
public interface RenewalQueue {

    /**
     * For each vendor checked, queues the milestone of its renewal chase that is due on {@code day} after its
     * decision, unless it was queued before, the vendor is not to be chased, or it has no address to write to.
     */
    void queueDue(List<RenewalCheck> checks, LocalDate day);

    /** How many requests were queued on a day. */
    long queuedOn(LocalDate day);
}
