package org.opencoi.notification.application;

import jakarta.ejb.Local;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.opencoi.compliance.application.DecisionView;
import org.opencoi.compliance.domain.CertificateSnapshot;
import org.opencoi.vendor.domain.Vendor;

/** Renewal requests: queued by the nightly run, sent from the queue, listed for admins. */
@Local
public interface RenewalService {

    /**
     * Queues the milestone of the vendor's renewal chase that is due on {@code day} after the given decision, unless
     * it was queued before, the vendor is not to be chased, or it has no address to write to. The certificates are
     * the vendor's, as the decision was made on them.
     */
    Optional<RenewalRequestView> queueDue(Vendor vendor, List<CertificateSnapshot> certificates, DecisionView decision,
            LocalDate day);

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
