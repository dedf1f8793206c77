package org.opencoi.verification.infrastructure;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.util.List;
import org.jboss.ejb3.annotation.RunAsPrincipal;
import org.opencoi.shared.application.Roles;
import org.opencoi.shared.domain.NaicCode;
import org.opencoi.verification.application.VerificationService;

/**
 * The verification service as the re-verification job reaches it: batch threads carry no caller, so this
 * bean calls it as {@value #PRINCIPAL} (role INTEGRATION); each call is a transaction of its own.
 */
@Stateless
@PermitAll
@RunAs(Roles.INTEGRATION)
@RunAsPrincipal(CarrierRecheck.PRINCIPAL)
public class CarrierRecheck {

    public static final String PRINCIPAL = "carrier-reverification";

    @EJB
    VerificationService verifications;

    public List<NaicCode> carriers() {
        return verifications.verifiableCarriers();
    }

    public int queue(NaicCode naicCode, int windowDays) {
        return verifications.queueRecheck(naicCode, windowDays);
    }
}
