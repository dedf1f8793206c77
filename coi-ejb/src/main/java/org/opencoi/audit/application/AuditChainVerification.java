package org.opencoi.audit.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opencoi.audit.domain.AuditAction;
import org.opencoi.audit.domain.AuditChainCheck;
import org.opencoi.audit.domain.AuditChainCheck.ChainBreak;
import org.opencoi.audit.domain.AuditChainHead;
import org.opencoi.audit.domain.AuditEvent;
import org.opencoi.audit.domain.AuditEventRepository;
import org.opencoi.shared.application.Roles;

/** The admin action "verify audit chain": walks every event and reports the first broken link. */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class AuditChainVerification {

    static final int PAGE = 1_000;

    @Inject
    AuditEventRepository events;

    @Inject
    AuditTrail audit;

    /**
     * Reads the chain page by page outside a transaction, so a long chain never sits in memory at once. The walk
     * goes up to the head as it is when the check starts: events that other transactions append meanwhile are left
     * to the next check, rather than read as a head that has moved past the events walked.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public AuditChainReport verify() {
        AuditChainHead head = events.head();
        AuditChainCheck check = new AuditChainCheck();
        while (check.expectedPosition() <= head.getLastPosition()) {
            int wanted = (int) Math.min(PAGE, head.getLastPosition() - check.expectedPosition() + 1);
            List<AuditEvent> page = events.chainFrom(check.expectedPosition(), wanted);
            for (AuditEvent event : page) {
                Optional<ChainBreak> broken = check.next(event);
                if (broken.isPresent()) {
                    return reported(check, broken);
                }
            }
            if (page.size() < wanted) {
                break;
            }
        }
        return reported(check, check.end(head));
    }

    private AuditChainReport reported(AuditChainCheck check, Optional<ChainBreak> broken) {
        AuditChainReport report = broken
                .map(b -> new AuditChainReport(false, check.expectedPosition() - 1, b.position(), b.eventId(), b.problem()))
                .orElseGet(() -> new AuditChainReport(true, check.expectedPosition() - 1, null, null, null));
        audit.recordInNewTransaction(AuditAction.VERIFY_CHAIN, "AuditChain", null,
                Map.of("intact", report.intact(), "eventsChecked", report.eventsChecked()));
        return report;
    }
}
