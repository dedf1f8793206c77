package org.opencoi.certificate.rest.dto;

import java.time.Instant;
import java.util.List;
import org.opencoi.certificate.application.CertificateView;
import org.opencoi.certificate.application.PolicyView;
import org.opencoi.compliance.application.DecisionView;
import org.opencoi.shared.domain.ReviewState;

/**
 * A certificate as received or reviewed, with the vendor's decision made on it ({@code compliance}, absent when the
 * vendor has no profile to be decided against): the certificate's fields as {@link CertificateView} has them.
 */
public record DecidedCertificate(
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

    public static DecidedCertificate of(CertificateView c, DecisionView compliance) {
        return new DecidedCertificate(c.id(), c.vendorId(), c.producerName(), c.insuredName(), c.holderName(),
                c.reviewState(), c.reviewRequired(), c.reviewReason(), c.sha256(), c.receivedAt(), c.policies(),
                compliance);
    }
}
