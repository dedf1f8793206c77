package org.opencoi.compliance.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opencoi.audit.application.AuditTrail;
import org.opencoi.compliance.application.DecisionView;
import org.opencoi.compliance.domain.CertificateSnapshot;
import org.opencoi.compliance.domain.ComplianceDecision;
import org.opencoi.compliance.domain.ComplianceEngine;
import org.opencoi.compliance.domain.ComplianceRepository;
import org.opencoi.compliance.domain.InsurerRatings;
import org.opencoi.compliance.domain.ProfileSnapshot;
import org.opencoi.compliance.domain.RecordedDecision;
import org.opencoi.compliance.domain.VendorSnapshot;
import org.opencoi.compliance.domain.VendorStatusChanged;
import org.opencoi.compliance.domain.VendorWaiver;
import org.opencoi.vendor.domain.Vendor;

/**
 * Decides one vendor from what is known of it and records what follows: the decision and its audit event and,
 * when the day decided is today, the decision in force, the vendor's status change with its audit event and its
 * message to the vendor's source system. An interactive decision loads one vendor's facts; the nightly run loads a
 * chunk of vendors' facts in a few queries and hands each vendor's in.
 */
@ApplicationScoped
class VendorDecider {

    @Inject
    ComplianceRepository decisions;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    Event<VendorStatusChanged> statusChanges;

    /** Decides the vendor, which must have a requirement profile, and records the decision whatever it found. */
    DecisionView decide(Vendor vendor, List<CertificateSnapshot> certificates, List<VendorWaiver> waivers,
            Map<Long, String> verificationFailures, InsurerRatings ratings, LocalDate asOf, String decidedBy) {
        return record(vendor, engine(vendor, certificates, waivers, verificationFailures, ratings, asOf), asOf, decidedBy);
    }

    /**
     * Decides the vendor as of today, like {@link #decide}, but records nothing when the decision in force found the
     * same from the same inputs and the vendor holds its status: the answer then names that decision.
     */
    DecisionView redecideToday(Vendor vendor, List<CertificateSnapshot> certificates, List<VendorWaiver> waivers,
            Map<Long, String> verificationFailures, InsurerRatings ratings, String decidedBy) {
        LocalDate today = LocalDate.now(clock);
        ComplianceDecision decision = engine(vendor, certificates, waivers, verificationFailures, ratings, today);
        Optional<Long> inForce = vendor.getComplianceStatus() == decision.status()
                ? vendor.decisionInForceWith(decision.digest())
                : Optional.empty();
        return inForce.isPresent()
                ? DecisionView.of(inForce.get(), decision, clock.instant(), decidedBy)
                : record(vendor, decision, today, decidedBy);
    }

    private static ComplianceDecision engine(Vendor vendor, List<CertificateSnapshot> certificates, List<VendorWaiver> waivers,
            Map<Long, String> verificationFailures, InsurerRatings ratings, LocalDate asOf) {
        return new ComplianceEngine(ratings).decide(
                VendorSnapshot.of(vendor, certificates, waivers.stream().map(VendorWaiver::toWaiver).toList(),
                        verificationFailures),
                ProfileSnapshot.from(vendor.getRequirementProfile()), asOf);
    }

    private DecisionView record(Vendor vendor, ComplianceDecision decision, LocalDate asOf, String decidedBy) {
        long vendorId = vendor.getId();
        Instant now = clock.instant();
        RecordedDecision recorded = new RecordedDecision(vendorId, decision, decidedBy, now);
        decisions.add(recorded);
        DecisionView view = DecisionView.of(recorded);
        audit.record("DECIDE", "Vendor", String.valueOf(vendorId), null, view);
        if (asOf.equals(LocalDate.now(clock))) {
            vendor.decidedBy(recorded.getId(), decision.digest());
            var before = vendor.getComplianceStatus();
            if (vendor.changeStatus(decision.status(), now)) {
                audit.record("STATUS_CHANGE", "Vendor", String.valueOf(vendorId),
                        Map.of("status", before), Map.of("status", decision.status(), "decisionId", recorded.getId()));
                statusChanges.fire(new VendorStatusChanged(vendorId, vendor.getSourceSystem(), vendor.getExternalId(),
                        decision.status(), vendor.getStatusChangedAt()));
            }
        }
        return view;
    }
}
