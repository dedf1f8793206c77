package org.opencoi.certificate.application.internal;

import java.util.ArrayList;
import java.util.List;
import org.opencoi.audit.application.AuditTrail;
import org.opencoi.audit.domain.AuditAction;

/** The audit trail as a test sees it: the events recorded, without a chain or a caller. */
final class RecordedAudit extends AuditTrail {

    record Recorded(AuditAction action, String recordType, String recordId, Object before, Object after) {
    }

    final List<Recorded> events = new ArrayList<>();

    @Override
    public void record(AuditAction action, String recordType, String recordId, Object before, Object after) {
        events.add(new Recorded(action, recordType, recordId, before, after));
    }
}
