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

    /** Reads the chain page by page outside a transaction, so a long chain never sits in memory at once. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public AuditChainReport verify() {
        AuditChainCheck check = new AuditChainCheck();
        List<AuditEvent> page;
        do {
            page = events.chainFrom(check.expectedPosition(), PAGE);
            for (AuditEvent event : page) {
                Optional<ChainBreak> broken = check.next(event);
                if (broken.isPresent()) {
                    return reported(check, broken);
                }
            }
        } while (page.size() == PAGE);
        return reported(check, check.end(events.head()));
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
