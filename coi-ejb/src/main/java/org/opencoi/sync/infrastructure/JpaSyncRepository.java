package org.opencoi.sync.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.opencoi.sync.domain.CategoryProfile;
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
}
