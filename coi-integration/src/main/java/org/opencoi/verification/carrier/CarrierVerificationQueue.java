package org.opencoi.verification.carrier;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.util.List;
import org.jboss.ejb3.annotation.RunAsPrincipal;
import org.opencoi.shared.application.Roles;
import org.opencoi.verification.application.PendingVerification;
import org.opencoi.verification.application.VerificationResult;
import org.opencoi.verification.application.VerificationService;

/**
 * The verification queue as the route reaches it: the route runs on Camel's threads, where nobody is
 * signed in, so this bean calls the verification service as {@value #PRINCIPAL} (role INTEGRATION). Each
 * call is its own transaction.
 */
@Stateless
@PermitAll
@RunAs(Roles.INTEGRATION)
@RunAsPrincipal(CarrierVerificationQueue.PRINCIPAL)
public class CarrierVerificationQueue implements VerificationQueue {

    public static final String PRINCIPAL = "carrier-verifier";

    @EJB
    VerificationService verifications;

    @Override
    public List<PendingVerification> due(int limit) {
        return verifications.due(limit);
    }

    @Override
    public void record(List<VerificationResult> results) {
        verifications.record(results);
    }
}
