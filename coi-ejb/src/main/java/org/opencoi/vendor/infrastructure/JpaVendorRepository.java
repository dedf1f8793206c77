package org.opencoi.vendor.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.opencoi.shared.domain.ComplianceStatus;
import org.opencoi.shared.domain.ErpKey;
import org.opencoi.shared.domain.ReviewState;
import org.opencoi.shared.infrastructure.ChunkSql;
import org.opencoi.vendor.application.VendorCriteria;
import org.opencoi.vendor.application.VendorOrder;
import org.opencoi.vendor.application.VendorSearch;
import org.opencoi.vendor.domain.Vendor;
import org.opencoi.vendor.domain.VendorRepository;
import org.opencoi.vendor.domain.VendorToDecide;

@ApplicationScoped
public class JpaVendorRepository implements VendorRepository, VendorSearch {

    @PersistenceContext(unitName = "coi")
    private EntityManager em;

    @Override
    public Optional<Vendor> find(long id) {
        return Optional.ofNullable(em.find(Vendor.class, id));
    }

    @Override
    public Optional<Vendor> findBySourceKey(ErpKey key) {
        return em.createQuery("select v from Vendor v where v.erpKey.sourceSystem = :source"
                                + " and v.erpKey.externalId = :external", Vendor.class)
                .setParameter("source", key.sourceSystem())
                .setParameter("external", key.externalId())
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<Vendor> findBySourceKeys(String sourceSystem, Collection<String> externalIds) {
        if (externalIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select v from Vendor v where v.erpKey.sourceSystem = :source"
                                + " and v.erpKey.externalId in :externals",
                        Vendor.class)
                .setParameter("source", sourceSystem)
                .setParameter("externals", externalIds)
                .getResultList();
    }

    @Override
    public List<Vendor> pageBySource(String sourceSystem, int offset, int limit) {
        return em.createQuery("select v from Vendor v where v.erpKey.sourceSystem = :source order by v.erpKey.externalId",
                        Vendor.class)
                .setParameter("source", sourceSystem)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<Vendor> search(VendorCriteria criteria, VendorOrder order, int offset, int limit) {
        // Ids first, a page of them by an indexed column; then those vendors with their profiles.
        List<Long> ids = where(criteria, "select v.id from Vendor v", " order by " + orderBy(order), Long.class)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
        return findAll(ids);
    }

    @Override
    public List<Vendor> findAll(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Vendor> byId = em.createQuery("select v from Vendor v left join fetch v.requirementProfile"
                        + " where v.id in :ids", Vendor.class)
                .setParameter("ids", ids)
                .getResultStream()
                .collect(Collectors.toMap(Vendor::getId, Function.identity()));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    @Override
    public long count(VendorCriteria criteria) {
        return where(criteria, "select count(v) from Vendor v", "", Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> where(VendorCriteria criteria, String select, String orderBy, Class<T> type) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (criteria.status() != null) {
            conditions.add("v.complianceStatus = :status");
            parameters.put("status", criteria.status());
        }
        if (criteria.tier() != null) {
            conditions.add("v.tier = :tier");
            parameters.put("tier", criteria.tier());
        }
        if (criteria.requirementProfileId() != null) {
            conditions.add("v.requirementProfile.id = :profile");
            parameters.put("profile", criteria.requirementProfileId());
        }
        if (criteria.text() != null) {
            conditions.add("(lower(v.name) like :text escape '!' or lower(v.erpKey.externalId) like :text escape '!')");
            parameters.put("text", "%" + likeLiteral(criteria.text().toLowerCase(Locale.ROOT)) + "%");
        }
        if (criteria.expiresFrom() != null || criteria.expiresTo() != null) {
            conditions.add("exists (select p.id from Policy p where p.certificate.vendor = v"
                    + " and p.certificate.reviewState in :counted"
                    + " and p.term.expiration >= :expiresFrom and p.term.expiration <= :expiresTo)");
            parameters.put("counted", List.of(ReviewState.ACCEPTED, ReviewState.APPROVED));
            parameters.put("expiresFrom", criteria.expiresFrom() == null ? LocalDate.of(1900, 1, 1) : criteria.expiresFrom());
            parameters.put("expiresTo", criteria.expiresTo() == null ? LocalDate.of(9999, 12, 31) : criteria.expiresTo());
        }
        String jpql = select + (conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions)) + orderBy;
        TypedQuery<T> query = em.createQuery(jpql, type);
        parameters.forEach(query::setParameter);
        return query;
    }

    private static String orderBy(VendorOrder order) {
        String column = switch (order.column()) {
            case NAME -> "v.name";
            case EXTERNAL_ID -> "v.erpKey.externalId";
            case TIER -> "v.tier";
            case STATUS -> "v.complianceStatus";
        };
        String direction = order.ascending() ? " asc" : " desc";
        return column + direction + ", v.id" + direction;
    }

    /** The text as a LIKE literal: its wildcards and the escape character match themselves. */
    private static String likeLiteral(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    @Override
    public void add(Vendor vendor) {
        em.persist(vendor);
    }

    @Override
    public void flush() {
        em.flush();
    }

    private static final String TO_DECIDE = " from Vendor v where v.active = true and v.requirementProfile is not null";

    @Override
    public List<Long> idsToDecide(int shares, int share, long afterId, int limit) {
        // Two whole numbers written into the query: a bound parameter of mod() is typed differently by Hibernate versions.
        return em.createQuery("select v.id" + TO_DECIDE + " and mod(v.id, " + shares + ") = " + share
                        + " and v.id > :after order by v.id", Long.class)
                .setParameter("after", afterId)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<VendorToDecide> toDecide(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return ChunkSql.read(em, "select v.id, v.name, v.compliance_status, coalesce(v.status_changed_at, v.created_at),"
                + " v.contact_email, v.agent_email, v.requirement_profile_id, v.decision_id, v.decision_digest"
                + " from {schema}vendor v where v.id = any (?) and v.active and v.requirement_profile_id is not null"
                + " order by v.id", ids, rows -> {
                    List<VendorToDecide> vendors = new ArrayList<>();
                    while (rows.next()) {
                        vendors.add(new VendorToDecide(rows.getLong(1), rows.getString(2),
                                ComplianceStatus.valueOf(rows.getString(3)), rows.getObject(4, OffsetDateTime.class).toInstant(),
                                rows.getString(5), rows.getString(6), rows.getLong(7), rows.getObject(8, Long.class),
                                rows.getString(9)));
                    }
                    return vendors;
                });
    }

    @Override
    public long countToDecide() {
        return em.createQuery("select count(v)" + TO_DECIDE, Long.class).getSingleResult();
    }
}
