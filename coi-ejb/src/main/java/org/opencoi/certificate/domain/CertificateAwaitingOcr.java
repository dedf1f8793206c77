package org.opencoi.certificate.domain;

/**
 * A certificate whose pages have no text was kept, to be read by OCR: fired in the transaction that kept it, so
 * that the read starts once that transaction has committed, and not at all when it rolls back.
 */
public record CertificateAwaitingOcr(long certificateId) {
}
