package org.opencoi.audit.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.opencoi.audit.application.AuditCriteria;
import org.opencoi.audit.application.AuditSearch;
import org.opencoi.audit.domain.AuditChainHead;
import org.opencoi.audit.domain.AuditEvent;
import org.opencoi.audit.domain.AuditEventRepository;

@ApplicationScoped
public class JpaAuditEventRepository implements AuditEventRepository, AuditSearch {

    @PersistenceContext(unitName = "coi")
    private EntityManager em;

    @Override
    public void append(List<AuditEvent> events) {
        // Whatever else the transaction changed is written first, so that the lock below is held only briefly.
        em.flush();
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ID, LockModeType.PESSIMISTIC_WRITE);
        for (AuditEvent event : events) {
            head.append(event);
            em.persist(event);
        }
        em.flush();
    }

    @Override
    public List<AuditEvent> chainFrom(long position, int limit) {
        return em.createQuery("select e from AuditEvent e where e.chainPosition >= :position order by e.chainPosition",
                        AuditEvent.class)
                .setParameter("position", position)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public AuditChainHead head() {
        return em.find(AuditChainHead.class, AuditChainHead.ID);
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
                .setHint("org.hibernate.fetchSize", 500)
                .getResultStream()
                // Read once and let go, so that a long range does not pile up in the persistence context.
                .peek(em::detach);
    }

    @Override
    public List<AuditEvent> search(AuditCriteria criteria, int offset, int limit) {
        return where(criteria, "select e from AuditEvent e", " order by e.occurredAt desc, e.id desc", AuditEvent.class)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public long count(AuditCriteria criteria) {
        return where(criteria, "select count(e) from AuditEvent e", "", Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> where(AuditCriteria criteria, String select, String orderBy, Class<T> type) {
        Map<String, Object> conditions = new LinkedHashMap<>();
        conditions.put("e.actor = :actor", criteria.actor());
        conditions.put("e.recordType = :recordType", criteria.recordType());
        conditions.put("e.recordId = :recordId", criteria.recordId());
        conditions.put("e.occurredAt >= :from", criteria.from());
        conditions.put("e.occurredAt < :to", criteria.to());
        conditions.values().removeIf(Objects::isNull);
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions.keySet());
        TypedQuery<T> query = em.createQuery(select + where + orderBy, type);
        conditions.forEach((condition, value) -> query.setParameter(condition.substring(condition.indexOf(':') + 1), value));
        return query;
    }
}
