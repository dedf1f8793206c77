package org.opencoi.certificate.application;

import jakarta.ejb.Local;
import java.util.List;

/**
 * The review queue: certificates that could not be read with confidence wait here for a human, who
 * approves them as read, corrects and approves them, or rejects them with a reason. Each outcome is
 * audited and the vendor is decided again.
 */
@Local
public interface CertificateReviewService {

    /** Certificates awaiting review, oldest first. */
    List<CertificateView> queue(int offset, int limit);

    /** Approves the certificate; with corrections, they replace what was read first. */
    CertificateView approve(long certificateId, CertificateEntry corrections);

    CertificateView reject(long certificateId, String reason);
}
