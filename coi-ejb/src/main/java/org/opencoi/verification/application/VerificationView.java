package org.opencoi.verification.application;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.opencoi.verification.domain.PolicyVerification;

/**
 * The latest verification of one policy, with the carrier's answer when there is one.
 *
 * @param outcome PENDING, CONFIRMED, FAILED, UNCONFIRMED, UNAVAILABLE or NOT_VERIFIABLE
 * @param carrierStatus what the carrier said (CONFIRMED, NOT_FOUND, CANCELLED, EXPIRED, UNCONFIRMED); null before it answered
 * @param discrepancy what differs, for FAILED
 */
public record VerificationView(
        long id,
        long policyId,
        long certificateId,
        long vendorId,
        String naicCode,
        String outcome,
        String carrierStatus,
        String reasonCode,
        String discrepancy,
        LocalDate effectiveDate,
        LocalDate expirationDate,
        LocalDate cancellationDate,
        Map<String, BigDecimal> limits,
        Boolean additionalInsured,
        Boolean waiverOfSubrogation,
        Instant answeredAt,
        int attempts,
        Instant nextAttemptAt,
        String lastError) implements Serializable {

    public static VerificationView of(PolicyVerification v) {
        return new VerificationView(v.getId(), v.getPolicyId(), v.getCertificateId(), v.getVendorId(),
                v.getNaicCode() == null ? null : v.getNaicCode().digits(),
                v.getOutcome().name(), v.getCarrierStatus() == null ? null : v.getCarrierStatus().name(),
                v.getReasonCode(), v.getDiscrepancy(), v.getAnsweredEffectiveDate(), v.getAnsweredExpirationDate(),
                v.getAnsweredCancellation(), new TreeMap<>(v.getAnsweredLimits()), v.getAnsweredAdditionalInsured(),
                v.getAnsweredWaiver(), v.getAnsweredAt(), v.getAttempts(), v.getNextAttemptAt(), v.getLastError());
    }
}
