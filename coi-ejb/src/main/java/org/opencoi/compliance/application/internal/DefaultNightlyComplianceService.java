package org.opencoi.compliance.application.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jboss.ejb3.annotation.RunAsPrincipal;
import org.opencoi.audit.application.AuditTrail;
import org.opencoi.compliance.application.ComplianceService;
import org.opencoi.compliance.application.DecisionView;
import org.opencoi.compliance.application.NightlyComplianceService;
import org.opencoi.compliance.application.NightlyRunSummary;
import org.opencoi.compliance.domain.ComplianceRepository;
import org.opencoi.compliance.domain.NightlyDecision;
import org.opencoi.compliance.domain.VendorWaiver;
import org.opencoi.notification.application.RenewalService;
import org.opencoi.shared.application.Roles;
import org.opencoi.vendor.domain.Vendor;
import org.opencoi.vendor.domain.VendorRepository;

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
    ComplianceService compliance;

    @Inject
    RenewalService renewals;

    @Inject
    AuditTrail audit;

    @PersistenceContext(unitName = "coi")
    EntityManager em;

    @Override
    public List<Long> vendorsToDecide(int partitions, int partition, long afterId, int limit) {
        return vendors.idsToDecide(partitions, partition, afterId, limit);
    }

    @Override
    public int decide(List<Long> vendorIds, LocalDate day) {
        Set<Long> done = decisions.decidedNightly(vendorIds, day);
        int decided = 0;
        for (long vendorId : vendorIds) {
            Optional<Vendor> vendor = vendors.find(vendorId);
            if (done.contains(vendorId) || vendor.isEmpty() || !vendor.get().isActive()
                    || vendor.get().getRequirementProfile() == null) {
                continue;
            }
            for (VendorWaiver waiver : decisions.waivers(vendorId)) {
                if (waiver.lapse(day)) {
                    audit.record("LAPSE_WAIVER", "Vendor", String.valueOf(vendorId), null,
                            Map.of("waiverId", waiver.getId(), "validUntil", waiver.getValidUntil().toString()));
                }
            }
            var before = vendor.get().getComplianceStatus();
            DecisionView decision = compliance.evaluate(vendorId, day);
            decisions.add(new NightlyDecision(vendorId, day, decision.id(), before, decision.status()));
            renewals.queueDue(vendorId, decision, day);
            // Written and let go vendor by vendor: a chunk's persistence context stays small, so flushes stay cheap.
            em.flush();
            em.clear();
            decided++;
        }
        return decided;
    }

    @Override
    public NightlyRunSummary summary(LocalDate day) {
        ComplianceRepository.NightlyCounts counts = decisions.nightlyCounts(day);
        return new NightlyRunSummary(day, vendors.countToDecide(), counts.decided(), counts.statusChanges(),
                counts.waiversLapsed(), renewals.queuedOn(day));
    }
}
