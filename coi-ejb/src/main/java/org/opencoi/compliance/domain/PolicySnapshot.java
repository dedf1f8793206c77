package org.opencoi.compliance.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.opencoi.certificate.domain.Policy;
import org.opencoi.shared.domain.AutoSymbol;
import org.opencoi.shared.domain.LimitKind;
import org.opencoi.shared.domain.PolicyForm;

/**
 * One coverage line of a certificate, as the compliance engine reads it.
 *
 * <p>A policy is in force from its effective date up to, not including, its expiration date: ACORD
 * policies expire at 12:01 AM on the expiration date, so on that date the vendor is no longer covered.
 * A policy without both dates cannot be shown in force and counts for nothing.
 *
 * @param id the stored policy's id; null for one not stored
 * @param form null when the certificate ticks neither form (auto, WC)
 * @param deductible the deductible or self-insured retention; null when none is stated
 */
public record PolicySnapshot(
        Long id,
        CoverageLine line,
        String policyNumber,
        String insurerName,
        String insurerNaic,
        LocalDate effectiveDate,
        LocalDate expirationDate,
        PolicyForm form,
        boolean additionalInsured,
        boolean waiverOfSubrogation,
        boolean primaryNonContributory,
        boolean wcStatutory,
        BigDecimal deductible,
        Set<AutoSymbol> autoSymbols,
        Map<LimitKind, BigDecimal> limits) {

    public PolicySnapshot {
        Objects.requireNonNull(line, "line");
        if (effectiveDate != null && expirationDate != null && expirationDate.isBefore(effectiveDate)) {
            throw new IllegalArgumentException("policy " + policyNumber + " expires before it takes effect");
        }
        autoSymbols = autoSymbols.isEmpty()
                ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(autoSymbols));
        limits = limits.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(limits));
    }

    public static PolicySnapshot from(Policy policy) {
        return new PolicySnapshot(policy.getId(),
                new CoverageLine(policy.getCoverage(), policy.getCoverageName()),
                policy.getPolicyNumber(), policy.getInsurerName(), policy.getInsurerNaic(),
                policy.getEffectiveDate(), policy.getExpirationDate(), policy.getForm(),
                policy.isAdditionalInsured(), policy.isWaiverOfSubrogation(), policy.isPrimaryNonContributory(),
                policy.isWcStatutory(), policy.getDeductible(), policy.getAutoSymbols(), policy.getLimits());
    }

    /** Whether the policy covers the given day: effective on or before it, expiring after it. */
    public boolean inForceOn(LocalDate day) {
        return isDated() && !effectiveDate.isAfter(day) && expirationDate.isAfter(day);
    }

    /** Whether the certificate states the policy's term; an undated policy counts for nothing. */
    public boolean isDated() {
        return effectiveDate != null && expirationDate != null;
    }

    /** The stated limit of the given kind; null when the certificate does not state it. */
    public BigDecimal limit(LimitKind kind) {
        return limits.get(kind);
    }
}
