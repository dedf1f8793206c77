package org.opencoi.certificate.domain;

import java.util.List;
import java.util.Optional;

/** Where certificates and their original documents are kept. */
public interface CertificateRepository {

    void add(Certificate certificate);

    void addDocument(CertificateDocument document);

    Optional<CertificateDocument> findDocumentBySha256(String sha256);

    List<Certificate> ofVendor(long vendorId);
}
