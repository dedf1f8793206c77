package org.opencoi.verification.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opencoi.certificate.domain.Policy;
import org.opencoi.shared.domain.NaicCode;
import org.opencoi.shared.infrastructure.ChunkSql;
import org.opencoi.verification.domain.Carrier;
import org.opencoi.verification.domain.PolicyVerification;
import org.opencoi.verification.domain.VerificationOutcome;
import org.opencoi.verification.domain.VerificationRepository;

@ApplicationScoped
public class JpaVerificationRepository implements VerificationRepository {

    @PersistenceContext(unitName = "coi")
    private EntityManager em;

    @Override
    public void add(PolicyVerification verification) {
        em.persist(verification);
    }

    @Override
    public void remove(PolicyVerification verification) {
        em.remove(verification);
    }

    @Override
    public Optional<PolicyVerification> find(long id) {
        return Optional.ofNullable(em.find(PolicyVerification.class, id));
    }

    @Override
    public List<PolicyVerification> due(Instant now, int limit) {
        return em.createQuery("select v from PolicyVerification v where v.nextAttemptAt <= :now"
                        + " order by v.nextAttemptAt, v.id", PolicyVerification.class)
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<PolicyVerification> ofCertificate(long certificateId) {
        return em.createQuery("select v from PolicyVerification v where v.certificateId = :certificate order by v.policyId",
                        PolicyVerification.class)
                .setParameter("certificate", certificateId)
                .getResultList();
    }

    @Override
    public List<PolicyVerification> ofVendor(long vendorId) {
        return em.createQuery("select v from PolicyVerification v where v.vendorId = :vendor"
                        + " order by v.certificateId desc, v.policyId", PolicyVerification.class)
                .setParameter("vendor", vendorId)
                .getResultList();
    }

    @Override
    public Map<Long, String> failuresOfVendor(long vendorId) {
        return failuresOfVendors(List.of(vendorId)).getOrDefault(vendorId, Map.of());
    }

    @Override
    public Map<Long, Map<Long, String>> failuresOfVendors(Collection<Long> vendorIds) {
        Map<Long, Map<Long, String>> failures = new HashMap<>();
        if (vendorIds.isEmpty()) {
            return failures;
        }
        return ChunkSql.read(em, "select v.vendor_id, v.policy_id, v.discrepancy from {schema}policy_verification v"
                + " where v.vendor_id = any (?) and v.outcome = ?", vendorIds, rows -> {
                    while (rows.next()) {
                        failures.computeIfAbsent(rows.getLong(1), v -> new HashMap<>()).put(rows.getLong(2), rows.getString(3));
                    }
                    return failures;
                }, VerificationOutcome.FAILED.name());
    }

    @Override
    public List<PolicyVerification> ofCarrier(NaicCode naicCode) {
        return em.createQuery("select v from PolicyVerification v where v.naicCode = :naic order by v.id", PolicyVerification.class)
                .setParameter("naic", naicCode)
                .getResultList();
    }

    @Override
    public List<PolicyVerification> toRecheck(NaicCode naicCode, LocalDate expiringBy, Instant answeredBefore) {
        return em.createQuery("select v from PolicyVerification v, Policy p where p.id = v.policyId"
                        + " and v.naicCode = :naic and v.nextAttemptAt is null and v.outcome <> :notVerifiable"
                        + " and (p.term.expiration <= :expiringBy or v.answeredAt is null or v.answeredAt < :answeredBefore)"
                        + " order by v.id", PolicyVerification.class)
                .setParameter("naic", naicCode)
                .setParameter("notVerifiable", VerificationOutcome.NOT_VERIFIABLE)
                .setParameter("expiringBy", expiringBy)
                .setParameter("answeredBefore", answeredBefore)
                .getResultList();
    }

    @Override
    public List<NaicCode> verifiableCarriers() {
        return em.createQuery("select c.naicCode from Carrier c where c.endpointUrl is not null order by c.naicCode", String.class)
                .getResultStream().map(NaicCode::of).toList();
    }

    @Override
    public Optional<Policy> policy(long policyId) {
        return Optional.ofNullable(em.find(Policy.class, policyId));
    }

    @Override
    public Optional<Carrier> carrier(NaicCode naicCode) {
        return Optional.ofNullable(em.find(Carrier.class, naicCode.digits()));
    }

    @Override
    public List<Carrier> carriers() {
        return em.createQuery("select c from Carrier c order by c.naicCode", Carrier.class).getResultList();
    }

    @Override
    public void add(Carrier carrier) {
        em.persist(carrier);
    }

    @Override
    public void remove(Carrier carrier) {
        em.remove(carrier);
    }
}
