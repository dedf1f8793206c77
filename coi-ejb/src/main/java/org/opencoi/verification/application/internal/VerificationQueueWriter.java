package org.opencoi.verification.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import org.opencoi.certificate.domain.CertificatePoliciesReplacing;
import org.opencoi.certificate.domain.CertificateReceived;
import org.opencoi.certificate.domain.CertificateRepository;
import org.opencoi.certificate.domain.Policy;
import org.opencoi.verification.domain.Carrier;
import org.opencoi.verification.domain.PolicyVerification;
import org.opencoi.verification.domain.VerificationRepository;

/**
 * Queues every policy of a new certificate for verification with its carrier, in the transaction that
 * keeps the certificate (a synchronous observer): the route only ever sees committed certificates, and a
 * certificate that is rolled back leaves nothing queued. A policy whose carrier has no service is
 * recorded as not verifiable. A reviewer's correction replaces a certificate's policies: their
 * verifications go with them, and the corrected policies are queued afresh.
 */
@ApplicationScoped
public class VerificationQueueWriter {

    @Inject
    CertificateRepository certificates;

    @Inject
    VerificationRepository verifications;

    @Inject
    Clock clock;

    void forget(@Observes CertificatePoliciesReplacing replacing) {
        verifications.ofCertificate(replacing.certificateId()).forEach(verifications::remove);
    }

    void queue(@Observes CertificateReceived received) {
        var certificate = certificates.find(received.certificateId()).orElseThrow();
        for (Policy policy : certificate.getPolicies()) {
            PolicyVerification verification = new PolicyVerification(policy, clock.instant());
            if (policy.getInsurerNaic() != null
                    && verifications.carrier(policy.getInsurerNaic()).filter(Carrier::isVerifiable).isEmpty()) {
                verification.notVerifiable();
            }
            verifications.add(verification);
        }
    }
}
