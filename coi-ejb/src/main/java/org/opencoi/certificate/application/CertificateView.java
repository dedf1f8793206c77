package org.opencoi.certificate.application;

import java.time.Instant;
import java.util.List;
import org.opencoi.certificate.domain.Certificate;
import org.opencoi.shared.domain.ReviewState;

/** A certificate and what was read from it, as screens and APIs show it. */
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
        List<PolicyView> policies) {

    public static CertificateView of(Certificate c) {
        return new CertificateView(c.getId(), c.getVendor().getId(), c.getProducerName(), c.getInsuredName(),
                c.getHolderName(), c.getReviewState(), c.getReviewState() == ReviewState.PENDING_REVIEW,
                c.getReviewReason(), c.getDocument() == null ? null : c.getDocument().getSha256(),
                c.getReceivedAt(), c.getPolicies().stream().map(PolicyView::of).toList());
    }
}
