package org.opencoi.notification.application.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.jboss.ejb3.annotation.RunAsPrincipal;
import org.opencoi.audit.application.AuditTrail;
import org.opencoi.audit.domain.AuditAction;
import org.opencoi.certificate.application.CertificateIntakeService;
import org.opencoi.certificate.application.CertificateView;
import org.opencoi.notification.application.RefusedLinkException;
import org.opencoi.notification.application.RenewalRequestView;
import org.opencoi.notification.application.VendorLinkService;
import org.opencoi.notification.domain.RenewalLink;
import org.opencoi.notification.domain.RenewalRepository;
import org.opencoi.notification.domain.RenewalRequest;
import org.opencoi.notification.infrastructure.RenewalLinkSettings;
import org.opencoi.shared.application.Roles;
import org.opencoi.vendor.domain.Vendor;
import org.opencoi.vendor.domain.VendorRepository;

/**
 * Anyone holding a valid link may call this service; what it does next runs as the system principal
 * {@value #PRINCIPAL}, so the audit trail names the vendor link, and the events it records name the request.
 */
@Stateless
@PermitAll
@RunAs(Roles.INTEGRATION)
@RunAsPrincipal(DefaultVendorLinkService.PRINCIPAL)
public class DefaultVendorLinkService implements VendorLinkService {

    public static final String PRINCIPAL = "vendor-link";

    @Inject
    RenewalLinkSettings links;

    @Inject
    RenewalRepository renewals;

    @Inject
    VendorRepository vendors;

    @Inject
    CertificateIntakeService intake;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Override
    public RenewalRequestView open(String token) {
        RenewalRequest request = request(token);
        return RenewalRequestView.of(request, vendors.find(request.getVendorId()).map(Vendor::getName).orElseThrow());
    }

    @Override
    public CertificateView upload(String token, String fileName, byte[] content) {
        RenewalRequest request = request(token);
        CertificateView certificate = intake.receive(request.getVendorId(), fileName, content);
        audit.record(AuditAction.VENDOR_LINK_UPLOAD, "RenewalRequest", String.valueOf(request.getId()), null,
                Map.of("vendorId", request.getVendorId(), "certificateId", certificate.id()));
        return certificate;
    }

    private RenewalRequest request(String token) {
        RenewalLink link = RenewalLink.verify(token, links.acceptedKeys())
                .orElseThrow(() -> new RefusedLinkException(RefusedLinkException.Reason.INVALID,
                        "This link is not valid: it is incomplete or has been changed."));
        if (link.expiredOn(LocalDate.now(clock))) {
            throw new RefusedLinkException(RefusedLinkException.Reason.EXPIRED,
                    "This link expired on " + link.expiresOn() + ". Please ask us for a new one.");
        }
        return renewals.find(link.requestId())
                .filter(r -> r.getVendorId() == link.vendorId() && r.getLinkExpiresOn().equals(link.expiresOn()))
                .orElseThrow(() -> new RefusedLinkException(RefusedLinkException.Reason.UNKNOWN_REQUEST,
                        "This link names no request of ours."));
    }
}
