package org.opencoi.audit.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.opencoi.shared.application.BatchJob;

/** The audit-extract job: writes the audit events of the days from {@code from} to {@code to}, both included. */
@ApplicationScoped
public class AuditExtractJob implements BatchJob {

    public static final String NAME = "audit-extract";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<String> days() {
        return Set.of("from", "to");
    }
}
