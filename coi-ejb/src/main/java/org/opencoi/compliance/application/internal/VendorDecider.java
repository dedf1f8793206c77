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
import org.opencoi.audit.domain.AuditAction;
import org.opencoi.compliance.application.DecisionView;
import org.opencoi.compliance.domain.CertificateSnapshot;
import org.opencoi.compliance.domain.CompanyName;
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
import org.opencoi.vendor.domain.VendorToDecide;

/**
 * Decides one vendor from what is known of it and records what follows: the decision and its audit event and,
 * when the day decided is today, the decision in force, the vendor's status change with its audit event and its
 * message to the vendor's source system. An interactive decision loads one vendor's facts; the nightly run loads a
 * chunk of vendors' facts in a few queries, evaluates each vendor, and records only the decisions that changed.
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
        ComplianceDecision decision = evaluate(vendor.getId(), vendor.getName(),
                ProfileSnapshot.from(vendor.getRequirementProfile()), certificates, waivers, verificationFailures, ratings,
                asOf);
        return record(vendor, decision, asOf, decidedBy);
    }

    /** What the engine finds of the vendor as of the day; nothing is recorded. */
    static ComplianceDecision evaluate(long vendorId, String vendorName, ProfileSnapshot profile,
            List<CertificateSnapshot> certificates, List<VendorWaiver> waivers, Map<Long, String> verificationFailures,
            InsurerRatings ratings, LocalDate asOf) {
        return new ComplianceEngine(ratings).decide(new VendorSnapshot(vendorId, CompanyName.of(vendorName), certificates,
                waivers.stream().map(VendorWaiver::toWaiver).toList(), verificationFailures), profile, asOf);
    }

    /**
     * The decision in force, when a decision as of today found the same from the same inputs as it did and the vendor
     * holds its status; then nothing needs recording, and the answer names the decision in force.
     */
    Optional<DecisionView> unchanged(VendorToDecide vendor, ComplianceDecision today, String decidedBy) {
        return (vendor.status() == today.status() ? vendor.decisionInForceWith(today.digest()) : Optional.<Long>empty())
                .map(inForce -> DecisionView.of(inForce, today, clock.instant(), decidedBy));
    }

    /**
     * Records the decision and its audit event and, when the day decided is today, makes it the one in force and
     * changes the vendor's status to it, with the status change's audit event and message to the source system.
     */
    DecisionView record(Vendor vendor, ComplianceDecision decision, LocalDate asOf, String decidedBy) {
        long vendorId = vendor.getId();
        Instant now = clock.instant();
        RecordedDecision recorded = new RecordedDecision(vendorId, decision, decidedBy, now);
        decisions.add(recorded);
        DecisionView view = DecisionView.of(recorded);
        audit.record(AuditAction.DECIDE, "Vendor", String.valueOf(vendorId), null, view);
        if (asOf.equals(LocalDate.now(clock))) {
            vendor.decidedBy(recorded.getId(), decision.digest());
            var before = vendor.getComplianceStatus();
            if (vendor.changeStatus(decision.status(), now)) {
                audit.record(AuditAction.STATUS_CHANGE, "Vendor", String.valueOf(vendorId),
                        Map.of("status", before), Map.of("status", decision.status(), "decisionId", recorded.getId()));
                statusChanges.fire(new VendorStatusChanged(vendorId, vendor.getErpKey(),
                        decision.status(), vendor.getStatusChangedAt()));
            }
        }
        return view;
    }
}
