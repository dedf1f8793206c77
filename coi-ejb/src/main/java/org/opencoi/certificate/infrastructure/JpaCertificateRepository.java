package org.opencoi.certificate.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.opencoi.certificate.domain.Certificate;
import org.opencoi.certificate.domain.CertificateDocument;
import org.opencoi.certificate.domain.CertificateRepository;

@ApplicationScoped
public class JpaCertificateRepository implements CertificateRepository {

    @PersistenceContext(unitName = "coi")
    private EntityManager em;

    @Override
    public void add(Certificate certificate) {
        em.persist(certificate);
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
}
