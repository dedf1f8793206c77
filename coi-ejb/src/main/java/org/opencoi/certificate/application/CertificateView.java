package org.opencoi.certificate.application;

import java.time.Instant;
import java.util.List;
import org.opencoi.certificate.domain.Certificate;
import org.opencoi.compliance.application.DecisionView;
import org.opencoi.shared.domain.ReviewState;

/**
 * A certificate and what was read from it, as screens and APIs show it; on receipt, with the vendor's
 * decision made on it ({@code compliance}, absent when the vendor has no profile or in listings).
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
        DecisionView compliance) {

    public CertificateView withCompliance(DecisionView decision) {
        return new CertificateView(id, vendorId, producerName, insuredName, holderName, reviewState, reviewRequired,
                reviewReason, sha256, receivedAt, policies, decision);
    }

    public static CertificateView of(Certificate c) {
        return new CertificateView(c.getId(), c.getVendor().getId(), c.getProducerName(), c.getInsuredName(),
                c.getHolderName(), c.getReviewState(), c.getReviewState() == ReviewState.PENDING_REVIEW,
                c.getReviewReason(), c.getDocument() == null ? null : c.getDocument().getSha256(),
                c.getReceivedAt(), c.getPolicies().stream().map(PolicyView::of).toList(), null);
    }
}
