package org.opencoi.certificate.domain;

import java.util.List;
import java.util.Optional;

/** Where certificates and their original documents are kept. */
public interface CertificateRepository {

    void add(Certificate certificate);

    /** Writes pending changes now, so that what refers to a certificate's new policies finds them kept. */
    void flush();

    void addDocument(CertificateDocument document);

    Optional<CertificateDocument> findDocumentBySha256(String sha256);

    List<Certificate> ofVendor(long vendorId);

    Optional<Certificate> find(long id);

    /** Certificates awaiting a reviewer, oldest first. */
    List<Certificate> awaitingReview(int offset, int limit);

    long countAwaitingReview();
}
