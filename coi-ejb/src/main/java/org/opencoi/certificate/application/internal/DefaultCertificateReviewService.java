package org.opencoi.certificate.application.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.opencoi.audit.application.AuditTrail;
import org.opencoi.audit.domain.AuditAction;
import org.opencoi.certificate.application.CertificateEntry;
import org.opencoi.certificate.application.CertificateReviewService;
import org.opencoi.certificate.application.CertificateView;
import org.opencoi.certificate.application.PolicyEntry;
import org.opencoi.certificate.domain.Certificate;
import org.opencoi.certificate.domain.CertificatePoliciesReplacing;
import org.opencoi.certificate.domain.CertificateReceived;
import org.opencoi.certificate.domain.CertificateRepository;
import org.opencoi.certificate.domain.Policy;
import org.opencoi.shared.application.InvalidRequestException;
import org.opencoi.shared.application.NotFoundException;
import org.opencoi.shared.application.PageBounds;
import org.opencoi.shared.application.Roles;
import org.opencoi.vendor.domain.VendorFactsChanged;

@Stateless
@RolesAllowed({Roles.ADMIN, Roles.REVIEWER})
public class DefaultCertificateReviewService implements CertificateReviewService {

    @Inject
    CertificateRepository certificates;

    @Inject
    Event<VendorFactsChanged> factsChanged;

    @Inject
    AuditTrail audit;

    @Inject
    Event<CertificatePoliciesReplacing> policiesReplacing;

    @Inject
    Event<CertificateReceived> received;

    @Override
    public List<CertificateView> queue(int offset, int limit) {
        PageBounds.require(offset, limit);
        return certificates.awaitingReview(offset, limit).stream().map(CertificateView::of).toList();
    }

    @Override
    public CertificateView approve(long certificateId, CertificateEntry corrections) {
        Certificate certificate = certificate(certificateId);
        CertificateView before = CertificateView.of(certificate);
        try {
            if (corrections != null) {
                if (corrections.policies() == null || corrections.policies().isEmpty()) {
                    throw new IllegalArgumentException("corrections must list the certificate's policies");
                }
                List<Policy> corrected = corrections.policies().stream().map(PolicyEntry::toPolicy).toList();
                policiesReplacing.fire(new CertificatePoliciesReplacing(certificateId));
                certificate.correct(corrections.producerName(), corrections.insuredName(), corrections.holderName(),
                        corrected);
                certificates.flush();
                received.fire(new CertificateReceived(certificateId));
                audit.record(AuditAction.CORRECT, "Certificate", String.valueOf(certificateId), before.audited(),
                        CertificateView.of(certificate).audited());
            }
            certificate.approve();
        } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
            throw new InvalidRequestException(e.getMessage());
        }
        audit.record(AuditAction.APPROVE, "Certificate", String.valueOf(certificateId), Map.of("reviewState", before.reviewState()),
                Map.of("reviewState", certificate.getReviewState()));
        return decided(certificate);
    }

    @Override
    public CertificateView reject(long certificateId, String reason) {
        Certificate certificate = certificate(certificateId);
        var before = certificate.getReviewState();
        try {
            certificate.reject(reason);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new InvalidRequestException(e.getMessage());
        }
        audit.record(AuditAction.REJECT, "Certificate", String.valueOf(certificateId), Map.of("reviewState", before),
                Map.of("reviewState", certificate.getReviewState(), "reason", certificate.getReviewReason()));
        return decided(certificate);
    }

    private CertificateView decided(Certificate certificate) {
        factsChanged.fire(new VendorFactsChanged(certificate.getVendor().getId()));
        return CertificateView.of(certificate);
    }

    private Certificate certificate(long id) {
        return certificates.find(id).orElseThrow(() -> new NotFoundException("certificate " + id + " does not exist"));
    }
}
