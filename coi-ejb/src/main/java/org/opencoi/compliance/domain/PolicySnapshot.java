package org.opencoi.compliance.domain;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.opencoi.certificate.domain.Policy;
import org.opencoi.shared.domain.AutoSymbol;
import org.opencoi.shared.domain.Endorsements;
import org.opencoi.shared.domain.Limits;
import org.opencoi.shared.domain.NaicCode;
import org.opencoi.shared.domain.PolicyForm;
import org.opencoi.shared.domain.PolicyNumber;
import org.opencoi.shared.domain.PolicyTerm;

/**
 * One coverage line of a certificate, as the compliance engine reads it.
 *
 * <p>When a policy is in force is its term's rule ({@link PolicyTerm#inForceOn}); a policy without both dates
 * cannot be shown in force and counts for nothing.
 *
 * @param id the stored policy's id; null for one not stored
 * @param form null when the certificate ticks neither form (auto, WC)
 * @param deductible the deductible or self-insured retention; null when none is stated
 */
public record PolicySnapshot(
        Long id,
        CoverageLine line,
        PolicyNumber policyNumber,
        String insurerName,
        NaicCode insurerNaic,
        PolicyTerm term,
        PolicyForm form,
        Endorsements endorsements,
        boolean wcStatutory,
        BigDecimal deductible,
        Set<AutoSymbol> autoSymbols,
        Limits limits) {

    public PolicySnapshot {
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(endorsements, "endorsements");
        autoSymbols = autoSymbols.isEmpty()
                ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(autoSymbols));
        Objects.requireNonNull(limits, "limits");
    }

    public static PolicySnapshot from(Policy policy) {
        return new PolicySnapshot(policy.getId(),
                new CoverageLine(policy.getCoverage(), policy.getCoverageName()),
                policy.getPolicyNumber(), policy.getInsurerName(), policy.getInsurerNaic(),
                policy.getTerm(), policy.getForm(), policy.getEndorsements(), policy.isWcStatutory(),
                policy.getDeductible(), policy.getAutoSymbols(), policy.getLimits());
    }
}
