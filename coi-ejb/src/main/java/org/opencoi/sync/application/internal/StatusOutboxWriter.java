package org.opencoi.sync.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.opencoi.compliance.domain.VendorStatusChanged;
import org.opencoi.sync.domain.StatusChange;
import org.opencoi.sync.domain.SyncRepository;

/**
 * Puts every status change in the outbox, in the transaction that made it (a synchronous observer), so
 * that the change and the message about it commit or roll back together.
 */
@ApplicationScoped
public class StatusOutboxWriter {

    @Inject
    SyncRepository sync;

    void record(@Observes VendorStatusChanged change) {
        sync.add(new StatusChange(change.vendorId(), change.erpKey(), change.status(), change.changedAt()));
    }
}
