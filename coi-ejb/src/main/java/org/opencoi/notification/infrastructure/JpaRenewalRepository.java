package org.opencoi.notification.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.opencoi.notification.domain.RenewalMilestone;
import org.opencoi.notification.domain.RenewalRepository;
import org.opencoi.notification.domain.RenewalRequest;
import org.opencoi.shared.infrastructure.ChunkSql;

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
    public Set<RenewalMilestone> queuedMilestones(Collection<Long> vendorIds) {
        if (vendorIds.isEmpty()) {
            return Set.of();
        }
        return ChunkSql.read(em, "select r.vendor_id, r.anchor_date, r.milestone_days from {schema}renewal_request r"
                + " where r.vendor_id = any (?)", vendorIds, rows -> {
                    Set<RenewalMilestone> queued = new HashSet<>();
                    while (rows.next()) {
                        queued.add(new RenewalMilestone(rows.getLong(1), rows.getObject(2, LocalDate.class), rows.getInt(3)));
                    }
                    return queued;
                });
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
