package org.opencoi.compliance.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.opencoi.compliance.application.ComplianceService;
import org.opencoi.vendor.domain.VendorFactsChanged;

/**
 * Decides a vendor again when the facts it rests on changed, so that the contexts that change them need not command
 * compliance. A synchronous observer calling through the service's EJB proxy: the decision runs in the transaction
 * of the change and under the caller's roles, as a direct call did.
 */
@ApplicationScoped
class VendorRedecision {

    @Inject
    ComplianceService compliance;

    void redecide(@Observes VendorFactsChanged changed) {
        compliance.redecide(changed.vendorId());
    }
}
