package org.opencoi.notification.application;

import jakarta.ejb.Local;
import org.opencoi.certificate.application.CertificateView;

/**
 * What a vendor or its agent can do with the signed link of a renewal request, without an account: see that one
 * request and upload certificates for that one vendor. Every method refuses a token that is malformed, changed,
 * signed with an unknown key, expired, or names no request of its vendor ({@link RefusedLinkException}).
 */
@Local
public interface VendorLinkService {

    RenewalRequestView open(String token);

    /** Receives a certificate PDF for the link's vendor, as the intake service does for staff. */
    CertificateView upload(String token, String fileName, byte[] content);
}
