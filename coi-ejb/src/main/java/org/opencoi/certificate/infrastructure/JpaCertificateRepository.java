package org.opencoi.certificate.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.opencoi.certificate.application.CertificateCriteria;
import org.opencoi.certificate.application.CertificateSearch;
import org.opencoi.certificate.domain.Certificate;
import org.opencoi.certificate.domain.CertificateDocument;
import org.opencoi.certificate.domain.CertificateRepository;
import org.opencoi.certificate.domain.Policy;
import org.opencoi.shared.domain.NaicCode;
import org.opencoi.shared.domain.ReviewState;

@ApplicationScoped
public class JpaCertificateRepository implements CertificateRepository, CertificateSearch {

    private static final char ESCAPE = '\\';

    @PersistenceContext(unitName = "coi")
    private EntityManager em;

    @Override
    public void add(Certificate certificate) {
        em.persist(certificate);
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public void addDocument(CertificateDocument document) {
        em.persist(document);
    }

    @Override
    public Optional<CertificateDocument> findDocumentBySha256(String sha256) {
        return em.createQuery("select d from CertificateDocument d where d.sha256 = :sha", CertificateDocument.class)
                .setParameter("sha", sha256)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<Certificate> ofVendor(long vendorId) {
        return em.createQuery("select distinct c from Certificate c left join fetch c.policies"
                        + " where c.vendor.id = :vendor order by c.receivedAt desc, c.id desc", Certificate.class)
                .setParameter("vendor", vendorId)
                .getResultList();
    }

    @Override
    public Optional<Certificate> find(long id) {
        return Optional.ofNullable(em.find(Certificate.class, id));
    }

    @Override
    public Optional<Certificate> lockBeingRead(long id) {
        return em.createQuery("select c from Certificate c where c.id = :id and c.reviewState = :state",
                        Certificate.class)
                .setParameter("id", id)
                .setParameter("state", ReviewState.BEING_READ)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<Long> beingRead() {
        return em.createQuery("select c.id from Certificate c where c.reviewState = :state order by c.receivedAt, c.id",
                        Long.class)
                .setParameter("state", ReviewState.BEING_READ)
                .getResultList();
    }

    @Override
    public List<Certificate> awaitingReview(int offset, int limit) {
        return em.createQuery("select c from Certificate c join fetch c.vendor where c.reviewState = :state"
                        + " order by c.receivedAt, c.id", Certificate.class)
                .setParameter("state", ReviewState.PENDING_REVIEW)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public long countAwaitingReview() {
        return em.createQuery("select count(c) from Certificate c where c.reviewState = :state", Long.class)
                .setParameter("state", ReviewState.PENDING_REVIEW)
                .getSingleResult();
    }

    @Override
    public List<Certificate> search(CertificateCriteria criteria, int offset, int limit) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Certificate> query = cb.createQuery(Certificate.class);
        Root<Certificate> certificate = query.from(Certificate.class);
        List<Predicate> where = new ArrayList<>();
        if (criteria.vendorId() != null) {
            where.add(cb.equal(certificate.get("vendor").get("id"), criteria.vendorId()));
        }
        if (criteria.insuredName() != null) {
            where.add(cb.like(cb.lower(certificate.get("insuredName")), pattern(criteria.insuredName()), ESCAPE));
        }
        if (criteria.policyNumber() != null || criteria.insurer() != null
                || criteria.expiresFrom() != null || criteria.expiresTo() != null) {
            where.add(cb.exists(matchingPolicy(cb, query, certificate, criteria)));
        }
        query.select(certificate).where(where.toArray(Predicate[]::new))
                .orderBy(cb.desc(certificate.get("receivedAt")), cb.desc(certificate.get("id")));
        return em.createQuery(query).setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    /** One policy of the certificate meets all the policy criteria at once. */
    private static Subquery<Long> matchingPolicy(CriteriaBuilder cb, CriteriaQuery<?> query, Root<Certificate> certificate,
            CertificateCriteria criteria) {
        Subquery<Long> sub = query.subquery(Long.class);
        Root<Policy> policy = sub.from(Policy.class);
        List<Predicate> where = new ArrayList<>();
        where.add(cb.equal(policy.get("certificate"), certificate));
        if (criteria.policyNumber() != null) {
            where.add(cb.like(cb.lower(policy.get("policyNumber")), pattern(criteria.policyNumber()), ESCAPE));
        }
        if (criteria.insurer() != null) {
            Predicate byName = cb.like(cb.lower(policy.get("insurerName")), pattern(criteria.insurer()), ESCAPE);
            where.add(NaicCode.parse(criteria.insurer())
                    .map(code -> cb.or(byName, cb.equal(policy.get("insurerNaic"), code)))
                    .orElse(byName));
        }
        if (criteria.expiresFrom() != null) {
            where.add(cb.greaterThanOrEqualTo(policy.get("term").get("expiration"), criteria.expiresFrom()));
        }
        if (criteria.expiresTo() != null) {
            where.add(cb.lessThanOrEqualTo(policy.get("term").get("expiration"), criteria.expiresTo()));
        }
        return sub.select(policy.get("id")).where(where.toArray(Predicate[]::new));
    }

    /** A LIKE pattern matching the text anywhere, with LIKE's own wildcards taken literally. */
    private static String pattern(String text) {
        String escaped = text.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
