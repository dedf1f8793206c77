package org.opencoi.compliance.application.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jboss.ejb3.annotation.RunAsPrincipal;
import org.opencoi.audit.application.AuditTrail;
import org.opencoi.audit.domain.AuditAction;
import org.opencoi.certificate.domain.InsurerRepository;
import org.opencoi.compliance.application.DecisionView;
import org.opencoi.compliance.application.NightlyComplianceService;
import org.opencoi.compliance.application.NightlyRunSummary;
import org.opencoi.compliance.application.RenewalCheck;
import org.opencoi.compliance.application.RenewalQueue;
import org.opencoi.compliance.application.internal.ProfileVersionCache.ProfileVersion;
import org.opencoi.compliance.domain.CertificateSnapshot;
import org.opencoi.compliance.domain.ComplianceDecision;
import org.opencoi.compliance.domain.ComplianceRepository;
import org.opencoi.compliance.domain.InsurerRatings;
import org.opencoi.compliance.domain.NightlyDecision;
import org.opencoi.compliance.domain.VendorWaiver;
import org.opencoi.shared.application.Roles;
import org.opencoi.vendor.domain.Vendor;
import org.opencoi.vendor.domain.VendorRepository;
import org.opencoi.vendor.domain.VendorToDecide;
import org.opencoi.verification.domain.VerificationRepository;

/**
 * Called by the batch job's threads, whoever started the job; the work runs as the system principal
 * {@value #PRINCIPAL}, which the audit trail names.
 */
@Stateless
@PermitAll
@RunAs(Roles.INTEGRATION)
@RunAsPrincipal(DefaultNightlyComplianceService.PRINCIPAL)
public class DefaultNightlyComplianceService implements NightlyComplianceService {

    public static final String PRINCIPAL = "nightly-compliance";

    @Inject
    VendorRepository vendors;

    @Inject
    ComplianceRepository decisions;

    @Inject
    InsurerRepository insurers;

    @Inject
    VerificationRepository verifications;

    @Inject
    VendorDecider decider;

    @Inject
    ProfileVersionCache profileVersions;

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "coi")
    EntityManager em;

    @Inject
    RenewalQueue renewals;

    @Inject
    AuditTrail audit;

    @Override
    public List<Long> vendorsToDecide(int partitions, int partition, long afterId, int limit) {
        return vendors.idsToDecide(partitions, partition, afterId, limit);
    }

    @Override
    public int decide(List<Long> vendorIds, LocalDate day) {
        // The chunk's queries read what it has not changed yet, so none of them needs its pending changes written out
        // first; checking a whole chunk's entities for changes before every query would cost more than the queries.
        em.setFlushMode(FlushModeType.COMMIT);
        Set<Long> done = decisions.decidedNightly(vendorIds, day);
        List<VendorToDecide> due = vendors.toDecide(vendorIds.stream().filter(id -> !done.contains(id)).toList());
        // What the chunk's vendors are decided on, read in a few queries for all of them rather than vendor by vendor.
        List<Long> ids = due.stream().map(VendorToDecide::id).toList();
        Map<Long, List<CertificateSnapshot>> certificatesOf = decisions.certificatesOf(ids);
        Map<Long, List<VendorWaiver>> waiversOf = decisions.waivers(ids);
        Map<Long, Map<Long, String>> failuresOf = verifications.failuresOfVendors(ids);
        InsurerRatings ratings = InsurerRatings.from(insurers.all());
        boolean today = day.equals(LocalDate.now(clock));
        List<NightlyDecision> marks = new ArrayList<>();
        List<RenewalCheck> renewalChecks = new ArrayList<>();
        Map<Long, ComplianceDecision> changed = new HashMap<>();
        for (VendorToDecide vendor : due) {
            long vendorId = vendor.id();
            List<VendorWaiver> waivers = waiversOf.getOrDefault(vendorId, List.of());
            for (VendorWaiver waiver : waivers) {
                if (waiver.lapse(day)) {
                    audit.record(AuditAction.LAPSE_WAIVER, "Vendor", String.valueOf(vendorId), null,
                            Map.of("waiverId", waiver.getId(), "validUntil", waiver.getValidUntil().toString()));
                }
            }
            ProfileVersion profile = profileVersions.get(vendor.profileId());
            List<CertificateSnapshot> certificates = certificatesOf.getOrDefault(vendorId, List.of());
            ComplianceDecision decision = VendorDecider.evaluate(vendorId, vendor.name(), profile.snapshot(), certificates,
                    waivers, failuresOf.getOrDefault(vendorId, Map.of()), ratings, day);
            Optional<DecisionView> unchanged = today ? decider.unchanged(vendor, decision, PRINCIPAL) : Optional.empty();
            if (unchanged.isPresent()) {
                marks.add(new NightlyDecision(vendorId, day, unchanged.get().id(), vendor.status(), vendor.status()));
                renewalChecks.add(new RenewalCheck(vendor, profile.cadence(), certificates, unchanged.get()));
            } else {
                changed.put(vendorId, decision);
            }
        }
        // Only the vendors whose decision changed are loaded, to be recorded and to change status.
        for (Vendor vendor : vendors.findAll(changed.keySet().stream().sorted().toList())) {
            long vendorId = vendor.getId();
            var before = vendor.getComplianceStatus();
            DecisionView decision = decider.record(vendor, changed.get(vendorId), day, PRINCIPAL);
            marks.add(new NightlyDecision(vendorId, day, decision.id(), before, decision.status()));
            VendorToDecide decided = vendor.toDecide();
            renewalChecks.add(new RenewalCheck(decided, profileVersions.get(decided.profileId()).cadence(),
                    certificatesOf.getOrDefault(vendorId, List.of()), decision));
        }
        renewals.queueDue(renewalChecks, day);
        decisions.addAll(marks);
        return due.size();
    }

    @Override
    public NightlyRunSummary summary(LocalDate day) {
        ComplianceRepository.NightlyCounts counts = decisions.nightlyCounts(day);
        return new NightlyRunSummary(day, vendors.countToDecide(), counts.decided(), counts.statusChanges(),
                counts.waiversLapsed(), renewals.queuedOn(day));
    }
}
