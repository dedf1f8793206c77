package org.opencoi.notification.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.opencoi.notification.domain.RenewalRepository;
import org.opencoi.notification.domain.RenewalRequest;

@ApplicationScoped
public class JpaRenewalRepository implements RenewalRepository {

    @PersistenceContext(unitName = "coi")
    private EntityManager em;

    @Override
    public void add(RenewalRequest request) {
        em.persist(request);
    }

    @Override
    public Optional<RenewalRequest> find(long id) {
        return Optional.ofNullable(em.find(RenewalRequest.class, id));
    }

    @Override
    public boolean queued(long vendorId, LocalDate anchorDate, int milestoneDays) {
        return !em.createQuery("select r.id from RenewalRequest r where r.vendorId = :vendor"
                        + " and r.anchorDate = :anchor and r.milestoneDays = :milestone", Long.class)
                .setParameter("vendor", vendorId)
                .setParameter("anchor", anchorDate)
                .setParameter("milestone", milestoneDays)
                .getResultList().isEmpty();
    }

    @Override
    public List<RenewalRequest> due(Instant now, int limit) {
        return em.createQuery("select r from RenewalRequest r where r.sentAt is null and r.sendingSince is null"
                        + " and r.nextAttemptAt <= :now"
                        + " order by r.nextAttemptAt, r.id", RenewalRequest.class)
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<RenewalRequest> page(Long vendorId, boolean failedOnly, int offset, int limit) {
        return em.createQuery("select r from RenewalRequest r where (:vendor is null or r.vendorId = :vendor)"
                        + " and (:failedOnly = false or (r.sentAt is null and (r.attempts > 0 or r.sendingSince is not null)))"
                        + " order by r.id desc", RenewalRequest.class)
                .setParameter("vendor", vendorId)
                .setParameter("failedOnly", failedOnly)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public long countQueuedOn(LocalDate day) {
        return em.createQuery("select count(r) from RenewalRequest r where r.queuedOn = :day", Long.class)
                .setParameter("day", day)
                .getSingleResult();
    }
}
