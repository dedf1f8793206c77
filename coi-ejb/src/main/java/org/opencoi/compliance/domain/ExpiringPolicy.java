package org.opencoi.compliance.domain;

import java.time.LocalDate;

/** A policy that expires, with its vendor. */
public record ExpiringPolicy(long vendorId, String vendorName, String sourceSystem, String externalId, String coverage,
        String policyNumber, LocalDate expirationDate) {
}
