package org.opencoi.certificate.domain;

/**
 * A reviewer's correction is about to replace a certificate's policies, fired in the correction's
 * transaction before it does: whatever refers to the old policies (their carrier verifications) lets go
 * of them. A {@link CertificateReceived} follows once the corrected policies are kept.
 */
public record CertificatePoliciesReplacing(long certificateId) {
}
