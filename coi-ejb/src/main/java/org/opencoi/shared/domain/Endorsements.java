package org.opencoi.shared.domain;

import jakarta.persistence.Embeddable;

/**
 * The endorsements a certificate shows on a policy: the certificate holder named
 * as additional insured, a waiver of subrogation in the holder's favour, and the policy primary and
 * non-contributory to the holder's own.
 */
@Embeddable
public record Endorsements(boolean additionalInsured, boolean waiverOfSubrogation, boolean primaryNonContributory) {

    public static final Endorsements NONE = new Endorsements(false, false, false);
}
