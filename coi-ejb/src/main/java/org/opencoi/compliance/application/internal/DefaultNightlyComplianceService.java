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
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.ejb3.annotation.RunAsPrincipal;
import org.opencoi.audit.application.AuditTrail;
import org.opencoi.certificate.domain.InsurerRepository;
import org.opencoi.compliance.application.DecisionView;
import org.opencoi.compliance.application.NightlyComplianceService;
import org.opencoi.compliance.application.NightlyRunSummary;
import org.opencoi.compliance.domain.CertificateSnapshot;
import org.opencoi.compliance.domain.ComplianceRepository;
import org.opencoi.compliance.domain.InsurerRatings;
import org.opencoi.compliance.domain.NightlyDecision;
import org.opencoi.compliance.domain.VendorWaiver;
import org.opencoi.notification.application.RenewalService;
import org.opencoi.shared.application.Roles;
import org.opencoi.vendor.domain.Vendor;
import org.opencoi.vendor.domain.VendorRepository;
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
    Clock clock;

    @PersistenceContext(unitName = "coi")
    EntityManager em;

    @Inject
    RenewalService renewals;

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
        List<Vendor> due = vendors.findAll(vendorIds.stream().filter(id -> !done.contains(id)).toList()).stream()
                .filter(v -> v.isActive() && v.getRequirementProfile() != null)
                .toList();
        // What the chunk's vendors are decided on, read in a few queries for all of them rather than vendor by vendor.
        List<Long> ids = due.stream().map(Vendor::getId).toList();
        Map<Long, List<CertificateSnapshot>> certificatesOf = decisions.certificatesOf(ids);
        Map<Long, List<VendorWaiver>> waiversOf = decisions.waivers(ids);
        Map<Long, Map<Long, String>> failuresOf = verifications.failuresOfVendors(ids);
        InsurerRatings ratings = InsurerRatings.from(insurers.all());
        List<NightlyDecision> marks = new ArrayList<>();
        for (Vendor vendor : due) {
            long vendorId = vendor.getId();
            List<VendorWaiver> waivers = waiversOf.getOrDefault(vendorId, List.of());
            for (VendorWaiver waiver : waivers) {
                if (waiver.lapse(day)) {
                    audit.record("LAPSE_WAIVER", "Vendor", String.valueOf(vendorId), null,
                            Map.of("waiverId", waiver.getId(), "validUntil", waiver.getValidUntil().toString()));
                }
            }
            List<CertificateSnapshot> vendorCertificates = certificatesOf.getOrDefault(vendorId, List.of());
            var before = vendor.getComplianceStatus();
            DecisionView decision = day.equals(LocalDate.now(clock))
                    ? decider.redecideToday(vendor, vendorCertificates, waivers, failuresOf.getOrDefault(vendorId, Map.of()),
                            ratings, PRINCIPAL)
                    : decider.decide(vendor, vendorCertificates, waivers, failuresOf.getOrDefault(vendorId, Map.of()),
                            ratings, day, PRINCIPAL);
            marks.add(new NightlyDecision(vendorId, day, decision.id(), before, decision.status()));
            renewals.queueDue(vendor, vendorCertificates, decision, day);
        }
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
