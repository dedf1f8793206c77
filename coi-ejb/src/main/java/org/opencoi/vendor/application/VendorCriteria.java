package org.opencoi.vendor.application;

import java.time.LocalDate;
import org.opencoi.shared.domain.ComplianceStatus;

/**
 * What to look for among vendors; every criterion given must match, absent ones match all. The text
 * matches name or external id as a case-insensitive substring; the expiration range matches vendors with
 * a policy of a certificate that counts for decisions expiring within it.
 */
public record VendorCriteria(
        ComplianceStatus status,
        String tier,
        Long requirementProfileId,
        String text,
        LocalDate expiresFrom,
        LocalDate expiresTo) {

    /** A blank text criterion is no criterion. */
    public VendorCriteria {
        tier = givenOrNull(tier);
        text = givenOrNull(text);
    }

    public static VendorCriteria inStatus(ComplianceStatus status) {
        return new VendorCriteria(status, null, null, null, null, null);
    }

    private static String givenOrNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
