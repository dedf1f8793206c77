package org.opencoi.notification.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Where renewal requests are kept. */
public interface RenewalRepository {

    void add(RenewalRequest request);

    Optional<RenewalRequest> find(long id);

    /** Whether that milestone of that chase has been queued already. */
    boolean queued(long vendorId, LocalDate anchorDate, int milestoneDays);

    /** Unsent requests, no send begun, whose next attempt is due, oldest first. */
    List<RenewalRequest> due(Instant now, int limit);

    /**
     * Requests newest first; when {@code failedOnly}, only the unsent ones that failed at least once or whose send
     * was cut short.
     */
    List<RenewalRequest> page(Long vendorId, boolean failedOnly, int offset, int limit);

    long countQueuedOn(LocalDate day);
}
