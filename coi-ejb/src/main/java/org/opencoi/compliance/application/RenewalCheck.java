package org.opencoi.compliance.application;

import java.util.List;
import org.opencoi.compliance.domain.CertificateSnapshot;
import org.opencoi.shared.domain.RenewalCadence;
import org.opencoi.vendor.domain.VendorToDecide;

/**
 * A vendor just decided, handed to the {@link RenewalQueue}: the vendor as it stands after the decision, its profile's renewal
 * cadence, the certificates the decision was made on, and the decision.
 */
public record RenewalCheck(VendorToDecide vendor, RenewalCadence cadence, List<CertificateSnapshot> certificates,
        DecisionView decision) {
}
