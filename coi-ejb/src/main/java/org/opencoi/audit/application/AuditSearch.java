package org.opencoi.audit.application;

import java.util.List;
import org.opencoi.audit.domain.AuditEvent;

/** The audit trail as the audit log screen asks for it: by criteria, a page at a time. */
public interface AuditSearch {

    /** A page of the events matching the criteria, newest first. */
    List<AuditEvent> search(AuditCriteria criteria, int offset, int limit);

    long count(AuditCriteria criteria);
}
