package org.opencoi.audit.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.opencoi.audit.domain.AuditAction;
import org.opencoi.audit.domain.AuditEvent;
import org.opencoi.audit.domain.AuditEventRepository;
import org.opencoi.shared.application.PageBounds;
import org.opencoi.shared.application.Roles;

/**
 * Writes audit events in the caller's transaction, so that a change and its audit event are
 * committed together or not at all. The actor is the authenticated caller; the source is the address
 * the caller's request came from, where there is one.
 *
 * <p>A transaction's events are kept until it is about to commit and then appended to the chain together, in
 * the order they were recorded: the chain's end is locked for the commit only, not for the whole transaction,
 * so long transactions that audit (a nightly chunk, a verification) do not make every other writer wait.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class AuditTrail {

    private static final Jsonb JSON = JsonbBuilder.create();

    /** The key of a transaction's events not yet appended, among its resources. */
    private static final Object PENDING = AuditTrail.class.getName() + ".pending";

    @Resource
    SessionContext session;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    AuditEventRepository events;

    @Inject
    AuditSearch listings;

    @Inject
    Clock clock;

    @Inject
    RequestOrigin origin;

    public void recordCreated(String recordType, String recordId, Object after) {
        record(AuditAction.CREATE, recordType, recordId, null, after);
    }

    public void record(AuditAction action, String recordType, String recordId, Object before, Object after) {
        pending().add(new AuditEvent(clock.instant(), session.getCallerPrincipal().getName(), action, recordType,
                recordId, toJson(before), toJson(after), origin.address()));
    }

    /** This transaction's events to append before it commits; the first event of a transaction arranges that. */
    @SuppressWarnings("unchecked")
    private List<AuditEvent> pending() {
        List<AuditEvent> pending = (List<AuditEvent>) transactions.getResource(PENDING);
        if (pending == null) {
            List<AuditEvent> created = new ArrayList<>();
            AuditEventRepository chain = events;
            transactions.putResource(PENDING, created);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    chain.append(created);
                }

                @Override
                public void afterCompletion(int status) {
                    // Nothing to undo: events of a transaction that rolled back were never written.
                }
            });
            pending = created;
        }
        return pending;
    }

    /** Records an event in a transaction of its own, for callers that run outside one. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordInNewTransaction(AuditAction action, String recordType, String recordId, Object after) {
        record(action, recordType, recordId, null, after);
    }

    /** Records that a user signed in to the screens, in a transaction of its own: a sign-in happens outside one. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordSignIn(String user, String mechanism) {
        record(AuditAction.SIGN_IN, "User", user, null, Map.of("mechanism", mechanism));
    }

    /** What happened to one record, oldest first; for admins and auditors. */
    @RolesAllowed(Roles.ADMIN)
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public List<AuditEventView> ofRecord(String recordType, String recordId) {
        return events.ofRecord(recordType, recordId).stream().map(AuditEventView::of).toList();
    }

    /** The events matching the criteria, newest first, a page at a time; for admins and auditors. */
    @RolesAllowed(Roles.ADMIN)
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public AuditEventPage search(AuditCriteria criteria, int offset, int limit) {
        PageBounds.require(offset, limit);
        return new AuditEventPage(listings.search(criteria, offset, limit).stream().map(AuditEventView::of).toList(),
                listings.count(criteria));
    }

    private static String toJson(Object value) {
        return value == null ? null : JSON.toJson(value);
    }
}
