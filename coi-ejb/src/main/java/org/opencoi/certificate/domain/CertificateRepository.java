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

    /**
     * The certificate if it is still being read by OCR, locked until this transaction ends, so that one read only
     * fills it; empty when it has been read (or does not exist).
     */
    Optional<Certificate> lockBeingRead(long id);

    /** The ids of the certificates still being read by OCR, oldest first. */
    List<Long> beingRead();

    /** Certificates awaiting a reviewer, oldest first. */
    List<Certificate> awaitingReview(int offset, int limit);

    long countAwaitingReview();
}
