package org.opencoi.notification.application;

import jakarta.ejb.Local;
import java.time.LocalDate;
import java.util.List;

/** Renewal requests: queued by the nightly run, sent from the queue, listed for admins. */
@Local
public interface RenewalService {

    /**
     * For each vendor checked, queues the milestone of its renewal chase that is due on {@code day} after its
     * decision, unless it was queued before, the vendor is not to be chased, or it has no address to write to;
     * answers the requests queued.
     */
    List<RenewalRequestView> queueDue(List<RenewalCheck> checks, LocalDate day);

    /** Unsent requests whose next attempt is due, oldest first. */
    List<RenewalRequestView> due(int limit);

    /**
     * Records that the request's mail is about to be handed to the mail server; false when it was sent or begun
     * before, and must not be sent.
     */
    boolean beginSending(long requestId);

    /** The request's mail went out. */
    void sent(long requestId);

    /** The request's mail could not be sent: it is tried again later. */
    void failed(long requestId, String error);

    /** Requests newest first, of one vendor or all; only the unsent ones that failed or were cut short when {@code failedOnly}. */
    List<RenewalRequestView> page(Long vendorId, boolean failedOnly, int offset, int limit);

    /** How many requests were queued on a day. */
    long queuedOn(LocalDate day);
}
