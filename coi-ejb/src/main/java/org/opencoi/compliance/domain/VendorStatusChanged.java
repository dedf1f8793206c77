package org.opencoi.compliance.domain;

import java.time.Instant;
import org.opencoi.shared.domain.ComplianceStatus;
import org.opencoi.shared.domain.ErpKey;

/** A vendor's compliance status changed, in the transaction that changed it; fired as a CDI event. */
public record VendorStatusChanged(long vendorId, ErpKey erpKey, ComplianceStatus status, Instant changedAt) {
}
