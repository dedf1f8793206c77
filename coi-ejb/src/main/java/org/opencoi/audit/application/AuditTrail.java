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
import java.time.Clock;
import java.util.List;
import org.opencoi.audit.domain.AuditCriteria;
import org.opencoi.audit.domain.AuditEvent;
import org.opencoi.audit.domain.AuditEventRepository;
import org.opencoi.shared.application.PageBounds;
import org.opencoi.shared.application.Roles;

/**
 * Writes audit events in the caller's transaction, so that a change and its audit event are
 * committed together or not at all. The actor is the authenticated caller; the source is the address
 * the caller's request came from, where there is one.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class AuditTrail {

    private static final Jsonb JSON = JsonbBuilder.create();

    @Resource
    SessionContext session;

    @Inject
    AuditEventRepository events;

    @Inject
    Clock clock;

    @Inject
    RequestOrigin origin;

    public void recordCreated(String recordType, String recordId, Object after) {
        record("CREATE", recordType, recordId, null, after);
    }

    public void record(String action, String recordType, String recordId, Object before, Object after) {
        events.append(new AuditEvent(clock.instant(), session.getCallerPrincipal().getName(), action, recordType,
                recordId, toJson(before), toJson(after), origin.address()));
    }

    /** Records an event in a transaction of its own, for callers that run outside one. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordInNewTransaction(String action, String recordType, String recordId, Object after) {
        record(action, recordType, recordId, null, after);
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
        return new AuditEventPage(events.search(criteria, offset, limit).stream().map(AuditEventView::of).toList(),
                events.count(criteria));
    }

    private static String toJson(Object value) {
        return value == null ? null : JSON.toJson(value);
    }
}
