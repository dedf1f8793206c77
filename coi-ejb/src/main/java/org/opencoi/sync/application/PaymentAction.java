package org.opencoi.sync.application;

import org.opencoi.shared.domain.ComplianceStatus;

/**
 * What the ERP is told to do about paying a vendor when its compliance status changes: hold payment
 * while the vendor is non-compliant, release it once the vendor is covered again (compliant, or
 * compliant but expiring soon). A vendor awaiting review or without any certificate yet leaves the
 * ERP's payment state as it is.
 */
public enum PaymentAction {
    HOLD, RELEASE, NONE;

    public static PaymentAction forStatus(ComplianceStatus status) {
        return switch (status) {
            case NON_COMPLIANT -> HOLD;
            case COMPLIANT, EXPIRING -> RELEASE;
            case PENDING_REVIEW, NO_CERTIFICATE -> NONE;
        };
    }
}
