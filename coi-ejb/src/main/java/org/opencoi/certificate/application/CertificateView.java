package org.opencoi.certificate.application;

import java.time.Instant;
import java.util.List;
import org.opencoi.certificate.domain.Certificate;
import org.opencoi.shared.domain.ReviewState;

/**
 * A certificate and what was read from it, as screens and APIs show it: {@code reading} while its pages are still
 * being read by OCR (nothing is read or decided yet), and {@code readValues}, each value as read from the document
 * with its confidence and place, for the reviewer.
 */
public record CertificateView(
        long id,
        long vendorId,
        String producerName,
        String insuredName,
        String holderName,
        ReviewState reviewState,
        boolean reviewRequired,
        String reviewReason,
        String sha256,
        Instant receivedAt,
        List<PolicyView> policies,
        boolean reading,
        List<ReadValueView> readValues) {

    public static CertificateView of(Certificate c) {
        return new CertificateView(c.getId(), c.getVendor().getId(), c.getProducerName(), c.getInsuredName(),
                c.getHolderName(), c.getReviewState(), c.getReviewState() == ReviewState.PENDING_REVIEW,
                c.getReviewReason(), c.getDocument() == null ? null : c.getDocument().getSha256(),
                c.getReceivedAt(), c.getPolicies().stream().map(PolicyView::of).toList(), c.isBeingRead(),
                c.getReadValues().stream().map(ReadValueView::of).toList());
    }

    /**
     * The certificate as the audit trail keeps it: what was decided on, without the values as read, which stay with
     * the certificate and would not fit an audit event.
     */
    public CertificateView audited() {
        return new CertificateView(id, vendorId, producerName, insuredName, holderName, reviewState, reviewRequired,
                reviewReason, sha256, receivedAt, policies, reading, List.of());
    }
}
