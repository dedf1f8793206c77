package org.opencoi.shared.domain;

import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/**
 * The period a policy is written for, as a certificate states it; either date may be unstated.
 *
 * <p>A policy is in force from its effective date up to, not including, its expiration date: ACORD policies
 * expire at 12:01 AM on the expiration date, so on that date the insured is no longer covered. A term without
 * both dates cannot be shown in force.
 *
 * @param effective the first day covered; null when not stated
 * @param expiration the day cover ends; null when not stated
 */
@Embeddable
public record PolicyTerm(LocalDate effective, LocalDate expiration) {

    /** A term the certificate does not state. */
    public static final PolicyTerm UNDATED = new PolicyTerm(null, null);

    public PolicyTerm {
        if (effective != null && expiration != null && expiration.isBefore(effective)) {
            throw new IllegalArgumentException("a policy term cannot end (" + expiration + ") before it begins ("
                    + effective + ")");
        }
    }

    /** Whether both dates are stated; an undated policy counts for nothing. */
    public boolean isDated() {
        return effective != null && expiration != null;
    }

    /** Whether the policy covers the given day: dated, effective on or before it, expiring after it. */
    public boolean inForceOn(LocalDate day) {
        return isDated() && !effective.isAfter(day) && expiration.isAfter(day);
    }
}
