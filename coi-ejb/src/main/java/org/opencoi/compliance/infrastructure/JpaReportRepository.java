package org.opencoi.compliance.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import org.opencoi.compliance.domain.ExpiringPolicy;
import org.opencoi.compliance.domain.ReportRepository;
import org.opencoi.compliance.domain.VendorCount;
import org.opencoi.shared.domain.ReviewState;

@ApplicationScoped
public class JpaReportRepository implements ReportRepository {

    @PersistenceContext(unitName = "coi")
    private EntityManager em;

    @Override
    public List<VendorCount> vendorsByStatus(Grouping grouping) {
        String group = switch (grouping) {
            case NONE -> "''";
            case TIER -> "v.tier";
            case PROFILE -> "p.name";
        };
        String groupBy = grouping == Grouping.NONE ? "v.complianceStatus" : group + ", v.complianceStatus";
        return em.createQuery("select new org.opencoi.compliance.domain.VendorCount(" + group
                        + ", v.complianceStatus, count(v)) from Vendor v left join v.requirementProfile p"
                        + " group by " + groupBy + " order by " + groupBy, VendorCount.class)
                .getResultList();
    }

    @Override
    public List<ExpiringPolicy> expiringPolicies(LocalDate from, LocalDate to, int limit) {
        return em.createQuery("select new org.opencoi.compliance.domain.ExpiringPolicy(v.id, v.name,"
                        + " v.erpKey.sourceSystem, v.erpKey.externalId, cast(p.coverage as string), p.policyNumber,"
                        + " p.term.expiration)"
                        + " from Policy p join p.certificate c join c.vendor v"
                        + " where c.reviewState in :counted and p.term.expiration >= :from and p.term.expiration <= :to"
                        + " order by p.term.expiration, v.name, p.id", ExpiringPolicy.class)
                .setParameter("counted", List.of(ReviewState.ACCEPTED, ReviewState.APPROVED))
                .setParameter("from", from)
                .setParameter("to", to)
                .setMaxResults(limit)
                .getResultList();
    }
}
