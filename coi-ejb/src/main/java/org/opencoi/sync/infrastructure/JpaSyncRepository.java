package org.opencoi.sync.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.opencoi.sync.domain.CategoryProfile;
import org.opencoi.sync.domain.StatusChange;
import org.opencoi.sync.domain.SyncRejection;
import org.opencoi.sync.domain.SyncRepository;
import org.opencoi.sync.domain.SyncWebhook;

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
        // Asked source system by source system, for those with a webhook only: the changes of one without a webhook
        // stay undelivered (a million after a night that changed every vendor) and are never looked through.
        List<DueStatusChange> due = new ArrayList<>();
        for (SyncWebhook webhook : em.createQuery("select w from SyncWebhook w", SyncWebhook.class).getResultList()) {
            // A change waits while an earlier one of its vendor is undelivered, so that an ERP never hears a
            // vendor's later status before an earlier one, even while that earlier one is being retried.
            em.createQuery("select c from StatusChange c where c.erpKey.sourceSystem = :system"
                            + " and c.deliveredAt is null and c.nextAttemptAt <= :now"
                            + " and not exists (select e.id from StatusChange e where e.vendorId = c.vendorId"
                            + " and e.deliveredAt is null and e.id < c.id)"
                            + " order by c.id", StatusChange.class)
                    .setParameter("system", webhook.getSourceSystem())
                    .setParameter("now", now)
                    .setMaxResults(limit)
                    .getResultStream()
                    .forEach(change -> due.add(new DueStatusChange(change, webhook.getUrl())));
        }
        return due.stream().sorted(Comparator.comparing(d -> d.change().getId())).limit(limit).toList();
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
