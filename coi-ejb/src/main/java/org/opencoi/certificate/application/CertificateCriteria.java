package org.opencoi.certificate.application;

import java.time.LocalDate;

/**
 * What to look for among certificates; every criterion given must match, absent ones match all. Names
 * and numbers match as case-insensitive substrings; the expiration range matches certificates with a
 * policy expiring within it.
 */
public record CertificateCriteria(
        Long vendorId,
        String insuredName,
        String policyNumber,
        String insurer,
        LocalDate expiresFrom,
        LocalDate expiresTo) {

    /** A blank text criterion is no criterion. */
    public CertificateCriteria {
        insuredName = givenOrNull(insuredName);
        policyNumber = givenOrNull(policyNumber);
        insurer = givenOrNull(insurer);
    }

    private static String givenOrNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
