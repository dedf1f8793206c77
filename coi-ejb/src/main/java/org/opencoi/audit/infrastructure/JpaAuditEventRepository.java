package org.opencoi.audit.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.opencoi.audit.domain.AuditEvent;
import org.opencoi.audit.domain.AuditEventRepository;

@ApplicationScoped
public class JpaAuditEventRepository implements AuditEventRepository {

    @PersistenceContext(unitName = "coi")
    private EntityManager em;

    @Override
    public void append(AuditEvent event) {
        em.persist(event);
    }

    @Override
    public List<AuditEvent> ofRecord(String recordType, String recordId) {
        return em.createQuery("select e from AuditEvent e where e.recordType = :type and e.recordId = :id"
                        + " order by e.occurredAt, e.id", AuditEvent.class)
                .setParameter("type", recordType)
                .setParameter("id", recordId)
                .getResultList();
    }

    @Override
    public Stream<AuditEvent> between(Instant from, Instant to) {
        return em.createQuery("select e from AuditEvent e where e.occurredAt >= :from and e.occurredAt < :to"
                        + " order by e.occurredAt, e.id", AuditEvent.class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultStream();
    }
}
