package org.opencoi.requirement.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.opencoi.requirement.domain.RequirementProfile;
import org.opencoi.requirement.domain.RequirementProfileRepository;

@ApplicationScoped
public class JpaRequirementProfileRepository implements RequirementProfileRepository {

    @PersistenceContext(unitName = "coi")
    private EntityManager em;

    @Override
    public Optional<RequirementProfile> find(long id) {
        return Optional.ofNullable(em.find(RequirementProfile.class, id));
    }

    @Override
    public void add(RequirementProfile profile) {
        em.persist(profile);
    }

    @Override
    public List<RequirementProfile> newestVersions() {
        return em.createQuery("select p from RequirementProfile p where p.versionNumber ="
                        + " (select max(q.versionNumber) from RequirementProfile q where q.profileKey = p.profileKey)"
                        + " order by p.name, p.id", RequirementProfile.class)
                .getResultList();
    }

    @Override
    public Optional<RequirementProfile> newestVersion(String profileKey) {
        return em.createQuery("select p from RequirementProfile p where p.profileKey = :key"
                        + " order by p.versionNumber desc", RequirementProfile.class)
                .setParameter("key", profileKey)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }
}
