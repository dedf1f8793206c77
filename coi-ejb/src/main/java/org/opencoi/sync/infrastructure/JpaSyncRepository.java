package org.opencoi.sync.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.opencoi.sync.domain.CategoryProfile;
import org.opencoi.sync.domain.StatusChange;
import org.opencoi.sync.domain.SyncWebhook;
import org.opencoi.sync.domain.SyncRejection;
import org.opencoi.sync.domain.SyncRepository;

@ApplicationScoped
public class JpaSyncRepository implements SyncRepository {

    @PersistenceContext(unitName = "coi")
    private EntityManager em;

    @Override
    public Optional<CategoryProfile> categoryProfile(String category) {
        return Optional.ofNullable(em.find(CategoryProfile.class, category));
    }

    @Override
    public void add(CategoryProfile mapping) {
        em.persist(mapping);
    }

    @Override
    public void add(SyncRejection rejection) {
        em.persist(rejection);
    }

    @Override
    public Optional<SyncRejection> rejection(long id) {
        return Optional.ofNullable(em.find(SyncRejection.class, id));
    }

    @Override
    public void remove(SyncRejection rejection) {
        em.remove(rejection);
    }

    @Override
    public List<SyncRejection> rejections(int offset, int limit) {
        return em.createQuery("select r from SyncRejection r order by r.receivedAt desc, r.id desc", SyncRejection.class)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public void add(StatusChange change) {
        em.persist(change);
    }

    @Override
    public Optional<StatusChange> statusChange(long id) {
        return Optional.ofNullable(em.find(StatusChange.class, id));
    }

    @Override
    public List<DueStatusChange> dueStatusChanges(Instant now, int limit) {
        // Changes of a source system without a webhook stay undelivered; with no webhook at all, none is due, and the
        // changes, a million after a night that changed every vendor, need not be looked through.
        if (em.createQuery("select count(w) from SyncWebhook w", Long.class).getSingleResult() == 0) {
            return List.of();
        }
        // A change waits while an earlier one of its vendor is undelivered, so that an ERP never hears a
        // vendor's later status before an earlier one, even while that earlier one is being retried.
        return em.createQuery("select c, w.url from StatusChange c, SyncWebhook w where w.sourceSystem = c.sourceSystem"
                        + " and c.deliveredAt is null and c.nextAttemptAt <= :now"
                        + " and not exists (select e.id from StatusChange e where e.vendorId = c.vendorId"
                        + " and e.deliveredAt is null and e.id < c.id)"
                        + " order by c.id", Object[].class)
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultStream()
                .map(row -> new DueStatusChange((StatusChange) row[0], (String) row[1]))
                .toList();
    }

    @Override
    public Optional<SyncWebhook> webhook(String sourceSystem) {
        return Optional.ofNullable(em.find(SyncWebhook.class, sourceSystem));
    }

    @Override
    public void add(SyncWebhook webhook) {
        em.persist(webhook);
    }
}
