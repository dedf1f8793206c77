package org.opencoi.vendor.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.opencoi.compliance.domain.ComplianceStatus;
import org.opencoi.vendor.domain.Vendor;
import org.opencoi.vendor.domain.VendorRepository;

@ApplicationScoped
public class JpaVendorRepository implements VendorRepository {

    @PersistenceContext(unitName = "coi")
    private EntityManager em;

    @Override
    public Optional<Vendor> find(long id) {
        return Optional.ofNullable(em.find(Vendor.class, id));
    }

    @Override
    public Optional<Vendor> findBySourceKey(String sourceSystem, String externalId) {
        return em.createQuery("select v from Vendor v where v.sourceSystem = :source and v.externalId = :external",
                        Vendor.class)
                .setParameter("source", sourceSystem)
                .setParameter("external", externalId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<Vendor> findBySourceKeys(String sourceSystem, Collection<String> externalIds) {
        if (externalIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select v from Vendor v where v.sourceSystem = :source and v.externalId in :externals",
                        Vendor.class)
                .setParameter("source", sourceSystem)
                .setParameter("externals", externalIds)
                .getResultList();
    }

    @Override
    public List<Vendor> pageBySource(String sourceSystem, int offset, int limit) {
        return em.createQuery("select v from Vendor v where v.sourceSystem = :source order by v.externalId", Vendor.class)
                .setParameter("source", sourceSystem)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<Vendor> page(ComplianceStatus status, int offset, int limit) {
        return em.createQuery("select v from Vendor v left join fetch v.requirementProfile"
                                + " where (:status is null or v.complianceStatus = :status) order by v.name, v.id",
                        Vendor.class)
                .setParameter("status", status)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public long count(ComplianceStatus status) {
        return em.createQuery("select count(v) from Vendor v where (:status is null or v.complianceStatus = :status)",
                        Long.class)
                .setParameter("status", status)
                .getSingleResult();
    }

    @Override
    public void add(Vendor vendor) {
        em.persist(vendor);
    }

    @Override
    public void flush() {
        em.flush();
    }

    private static final String TO_DECIDE = " from Vendor v where v.active = true and v.requirementProfile is not null";

    @Override
    public List<Long> idsToDecide(int shares, int share, long afterId, int limit) {
        // Two whole numbers written into the query: a bound parameter of mod() is typed differently by Hibernate versions.
        return em.createQuery("select v.id" + TO_DECIDE + " and mod(v.id, " + shares + ") = " + share
                        + " and v.id > :after order by v.id", Long.class)
                .setParameter("after", afterId)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public long countToDecide() {
        return em.createQuery("select count(v)" + TO_DECIDE, Long.class).getSingleResult();
    }
}
