package org.opencoi.notification.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Where renewal requests are kept. */
public interface RenewalRepository {

    void add(RenewalRequest request);

    Optional<RenewalRequest> find(long id);

    /** The milestones queued so far for those vendors, of every chase. */
    Set<RenewalMilestone> queuedMilestones(Collection<Long> vendorIds);

    /** Unsent requests, no send begun, whose next attempt is due, oldest first. */
    List<RenewalRequest> due(Instant now, int limit);

    /**
     * Requests newest first; when {@code failedOnly}, only the unsent ones that failed at least once or whose send
     * was cut short.
     */
    List<RenewalRequest> page(Long vendorId, boolean failedOnly, int offset, int limit);

    long countQueuedOn(LocalDate day);
}
