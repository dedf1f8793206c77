package org.opencoi.notification.application;

import jakarta.ejb.Local;
import java.util.List;
import org.opencoi.compliance.application.RenewalQueue;

/** Renewal requests: sent from the queue the nightly run fills through {@link RenewalQueue}, listed for admins. */
@Local
public interface RenewalService {

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
}
