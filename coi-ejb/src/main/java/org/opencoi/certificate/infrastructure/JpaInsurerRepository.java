package org.opencoi.certificate.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.opencoi.certificate.domain.Insurer;
import org.opencoi.certificate.domain.InsurerRepository;
import org.opencoi.shared.domain.NaicCode;

@ApplicationScoped
public class JpaInsurerRepository implements InsurerRepository {

    @PersistenceContext(unitName = "coi")
    private EntityManager em;

    @Override
    public List<Insurer> all() {
        return em.createQuery("select i from Insurer i order by i.naicCode", Insurer.class).getResultList();
    }

    @Override
    public Optional<Insurer> find(NaicCode naicCode) {
        return Optional.ofNullable(em.find(Insurer.class, naicCode.digits()));
    }

    @Override
    public void add(Insurer insurer) {
        em.persist(insurer);
    }
}
