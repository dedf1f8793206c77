package org.opencoi.compliance.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.opencoi.certificate.domain.ReviewState;
import org.opencoi.compliance.domain.CertificateSnapshot;
import org.opencoi.compliance.domain.CompanyName;
import org.opencoi.compliance.domain.ComplianceRepository;
import org.opencoi.compliance.domain.ComplianceStatus;
import org.opencoi.compliance.domain.CoverageLine;
import org.opencoi.compliance.domain.NamedWaiver;
import org.opencoi.compliance.domain.NightlyDecision;
import org.opencoi.compliance.domain.OpenDeficiency;
import org.opencoi.compliance.domain.PolicySnapshot;
import org.opencoi.compliance.domain.RecordedDecision;
import org.opencoi.compliance.domain.VendorWaiver;
import org.opencoi.compliance.domain.WaiverState;
import org.opencoi.shared.domain.AutoSymbol;
import org.opencoi.shared.domain.CoverageType;
import org.opencoi.shared.domain.LimitKind;
import org.opencoi.shared.domain.PolicyForm;

@ApplicationScoped
public class JpaComplianceRepository implements ComplianceRepository {

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
        Map<Long, Map<LimitKind, BigDecimal>> limits = new HashMap<>();
        rows("select p.id, key(l), value(l) from Policy p join p.limits l where p.certificate.vendor.id in :vendors",
                vendorIds).forEach(r -> limits.computeIfAbsent((Long) r[0], p -> new EnumMap<>(LimitKind.class))
                        .put((LimitKind) r[1], (BigDecimal) r[2]));
        Map<Long, Set<AutoSymbol>> symbols = new HashMap<>();
        rows("select p.id, s from Policy p join p.autoSymbols s where p.certificate.vendor.id in :vendors", vendorIds)
                .forEach(r -> symbols.computeIfAbsent((Long) r[0], p -> EnumSet.noneOf(AutoSymbol.class)).add((AutoSymbol) r[1]));
        Map<Long, List<PolicySnapshot>> policies = new HashMap<>();
        rows("select p.certificate.id, p.id, p.coverage, p.coverageName, p.policyNumber, p.insurerName, p.insurerNaic,"
                + " p.effectiveDate, p.expirationDate, p.form, p.additionalInsured, p.waiverOfSubrogation,"
                + " p.primaryNonContributory, p.wcStatutory, p.deductible from Policy p"
                + " where p.certificate.vendor.id in :vendors order by p.id", vendorIds).forEach(r -> {
                    long id = (Long) r[1];
                    policies.computeIfAbsent((Long) r[0], c -> new ArrayList<>()).add(new PolicySnapshot(id,
                            new CoverageLine((CoverageType) r[2], (String) r[3]), (String) r[4], (String) r[5],
                            (String) r[6], (LocalDate) r[7], (LocalDate) r[8], (PolicyForm) r[9], (Boolean) r[10],
                            (Boolean) r[11], (Boolean) r[12], (Boolean) r[13], (BigDecimal) r[14],
                            symbols.getOrDefault(id, Set.of()), limits.getOrDefault(id, Map.of())));
                });
        Map<Long, List<CertificateSnapshot>> certificates = new HashMap<>();
        rows("select c.vendor.id, c.id, c.reviewState, c.insuredName, c.holderName, c.issuedOn, c.receivedAt"
                + " from Certificate c where c.vendor.id in :vendors", vendorIds).forEach(r ->
                certificates.computeIfAbsent((Long) r[0], v -> new ArrayList<>()).add(new CertificateSnapshot((Long) r[1],
                        (ReviewState) r[2], CompanyName.of((String) r[3]), CompanyName.of((String) r[4]),
                        (LocalDate) r[5], (Instant) r[6], policies.getOrDefault((Long) r[1], List.of()))));
        return certificates;
    }

    private List<Object[]> rows(String query, Collection<Long> vendorIds) {
        return em.createQuery(query, Object[].class).setParameter("vendors", vendorIds).getResultList();
    }

    @Override
    public Map<Long, List<VendorWaiver>> waivers(Collection<Long> vendorIds) {
        if (vendorIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select w from VendorWaiver w where w.vendorId in :vendors order by w.id", VendorWaiver.class)
                .setParameter("vendors", vendorIds)
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
        // Batched inserts are grouped by table, not kept in the order they were made: without this flush a mark could
        // reach the database before the decision it names.
        em.flush();
        decisions.forEach(em::persist);
    }

    @Override
    public Set<Long> decidedNightly(Collection<Long> vendorIds, LocalDate day) {
        if (vendorIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("select n.key.vendorId from NightlyDecision n"
                        + " where n.key.runDay = :day and n.key.vendorId in :vendors", Long.class)
                .setParameter("day", day)
                .setParameter("vendors", vendorIds)
                .getResultList());
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
