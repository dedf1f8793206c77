package org.opencoi.certificate.rest.dto;

import java.time.Instant;
import java.util.List;
import org.opencoi.certificate.application.CertificateView;
import org.opencoi.certificate.application.PolicyView;
import org.opencoi.certificate.application.ReadValueView;
import org.opencoi.compliance.application.DecisionView;
import org.opencoi.shared.domain.ReviewState;

/**
 * A certificate as received or reviewed, with the vendor's decision made on it ({@code compliance}, absent when the
 * vendor has no profile to be decided against): the certificate's fields as {@link CertificateView} has them. While
 * the certificate is being read by OCR ({@code reading}), nothing is read yet and the decision is the vendor's
 * standing before it.
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
        DecisionView compliance,
        boolean reading,
        List<ReadValueView> readValues) {

    public static DecidedCertificate of(CertificateView c, DecisionView compliance) {
        return new DecidedCertificate(c.id(), c.vendorId(), c.producerName(), c.insuredName(), c.holderName(),
                c.reviewState(), c.reviewRequired(), c.reviewReason(), c.sha256(), c.receivedAt(), c.policies(),
                compliance, c.reading(), c.readValues());
    }
}
