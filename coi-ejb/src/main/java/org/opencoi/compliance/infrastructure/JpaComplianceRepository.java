package org.opencoi.compliance.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.opencoi.compliance.application.WaiverSearch;
import org.opencoi.compliance.application.WaiverState;
import org.opencoi.compliance.domain.CertificateSnapshot;
import org.opencoi.compliance.domain.ComplianceRepository;
import org.opencoi.compliance.domain.NamedWaiver;
import org.opencoi.compliance.domain.NightlyDecision;
import org.opencoi.compliance.domain.OpenDeficiency;
import org.opencoi.compliance.domain.RecordedDecision;
import org.opencoi.compliance.domain.VendorWaiver;
import org.opencoi.shared.domain.ComplianceStatus;
import org.opencoi.shared.infrastructure.ChunkSql;

@ApplicationScoped
public class JpaComplianceRepository implements ComplianceRepository, WaiverSearch {

    /** The deficiencies, not waived, of each vendor's newest decision. */
    private static final String OPEN_DEFICIENCIES = "select new org.opencoi.compliance.domain.OpenDeficiency(d.vendorId,"
            + " v.name, d.decidedAt, x.coverage, x.coverageName, x.message)"
            + " from RecordedDecision d join d.deficiencies x, Vendor v"
            + " where v.id = d.vendorId and x.waived = false"
            + " and not exists (select n.id from RecordedDecision n where n.vendorId = d.vendorId"
            + " and (n.decidedAt > d.decidedAt or (n.decidedAt = d.decidedAt and n.id > d.id)))";

    @PersistenceContext(unitName = "coi")
    private EntityManager em;

    @Override
    public void add(RecordedDecision decision) {
        em.persist(decision);
    }

    @Override
    public Optional<RecordedDecision> decisionInForce(long vendorId, LocalDate day) {
        return em.createQuery("select d from RecordedDecision d where d.vendorId = :vendor and d.asOf <= :day"
                        + " order by d.asOf desc, d.decidedAt desc, d.id desc", RecordedDecision.class)
                .setParameter("vendor", vendorId)
                .setParameter("day", day)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<RecordedDecision> decisions(long vendorId, int limit) {
        return em.createQuery("select d from RecordedDecision d where d.vendorId = :vendor"
                        + " order by d.decidedAt desc, d.id desc", RecordedDecision.class)
                .setParameter("vendor", vendorId)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public void add(VendorWaiver waiver) {
        em.persist(waiver);
    }

    @Override
    public List<VendorWaiver> waivers(long vendorId) {
        return waivers(List.of(vendorId)).getOrDefault(vendorId, List.of());
    }

    @Override
    public Map<Long, List<CertificateSnapshot>> certificatesOf(Collection<Long> vendorIds) {
        if (vendorIds.isEmpty()) {
            return Map.of();
        }
        return CertificateSnapshotQuery.read(em, vendorIds);
    }

    @Override
    public Map<Long, List<VendorWaiver>> waivers(Collection<Long> vendorIds) {
        if (vendorIds.isEmpty()) {
            return Map.of();
        }
        // Few vendors have waivers: their ids are found for the whole chunk first, and only those waivers loaded.
        List<Long> waiverIds = ChunkSql.read(em, "select w.id from {schema}vendor_waiver w where w.vendor_id = any (?)",
                vendorIds, ChunkSql::ids);
        if (waiverIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select w from VendorWaiver w where w.id in :ids order by w.id", VendorWaiver.class)
                .setParameter("ids", waiverIds)
                .getResultStream()
                .collect(Collectors.groupingBy(VendorWaiver::getVendorId));
    }

    @Override
    public List<NamedWaiver> waivers(WaiverState state, LocalDate day, int offset, int limit) {
        return waiverQuery("select new org.opencoi.compliance.domain.NamedWaiver(w, v.name)", state, day,
                " order by w.grantedAt desc, w.id desc", NamedWaiver.class)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public long countWaivers(WaiverState state, LocalDate day) {
        return waiverQuery("select count(w)", state, day, "", Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> waiverQuery(String select, WaiverState state, LocalDate day, String order, Class<T> type) {
        String holding = state == null ? ""
                : state == WaiverState.ACTIVE ? " and w.grantedOn <= :day and w.validUntil >= :day"
                : " and w.validUntil < :day";
        TypedQuery<T> query = em.createQuery(select + " from VendorWaiver w, Vendor v where v.id = w.vendorId"
                + holding + order, type);
        return state == null ? query : query.setParameter("day", day);
    }

    @Override
    public void addAll(List<NightlyDecision> decisions) {
        // Written after the decisions they name, which are written out first.
        ChunkSql.insert(em, "insert into {schema}nightly_decision (vendor_id, run_day, decision_id, status_before, status_after)"
                + " values (?, ?, ?, ?, ?)", decisions, (insert, mark) -> {
                    insert.setLong(1, mark.getVendorId());
                    insert.setObject(2, mark.getRunDay());
                    insert.setLong(3, mark.getDecisionId());
                    insert.setString(4, mark.getStatusBefore().name());
                    insert.setString(5, mark.getStatusAfter().name());
                });
    }

    @Override
    public Set<Long> decidedNightly(Collection<Long> vendorIds, LocalDate day) {
        if (vendorIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(ChunkSql.read(em, "select n.vendor_id from {schema}nightly_decision n"
                + " where n.vendor_id = any (?) and n.run_day = ?", vendorIds, ChunkSql::ids, day));
    }

    @Override
    public NightlyCounts nightlyCounts(LocalDate day) {
        Object[] counts = em.createQuery("select count(n), coalesce(sum(case when n.statusBefore <> n.statusAfter"
                        + " then 1 else 0 end), 0) from NightlyDecision n where n.key.runDay = :day", Object[].class)
                .setParameter("day", day)
                .getSingleResult();
        long lapsed = em.createQuery("select count(w) from VendorWaiver w where w.lapsedOn = :day", Long.class)
                .setParameter("day", day)
                .getSingleResult();
        return new NightlyCounts(((Number) counts[0]).longValue(), ((Number) counts[1]).longValue(), lapsed);
    }

    @Override
    public List<OpenDeficiency> newestOpenDeficiencies(int limit) {
        return em.createQuery(OPEN_DEFICIENCIES + " order by d.decidedAt desc, d.id desc", OpenDeficiency.class)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public Stream<OpenDeficiency> openDeficienciesOfNonCompliantVendors() {
        return em.createQuery(OPEN_DEFICIENCIES + " and v.complianceStatus = :status order by v.name, v.id, x.coverageName, x.message",
                        OpenDeficiency.class)
                .setParameter("status", ComplianceStatus.NON_COMPLIANT)
                .setHint("org.hibernate.fetchSize", 500)
                .getResultStream();
    }
}
