package org.opencoi.requirement.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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
}
