package org.opencoi.certificate.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.opencoi.certificate.domain.Policy;
import org.opencoi.shared.domain.AutoSymbol;
import org.opencoi.shared.domain.CoverageType;
import org.opencoi.shared.domain.Endorsements;
import org.opencoi.shared.domain.InvalidNaicCodeException;
import org.opencoi.shared.domain.LimitKind;
import org.opencoi.shared.domain.NaicCode;
import org.opencoi.shared.domain.PolicyForm;
import org.opencoi.shared.domain.PolicyNumber;
import org.opencoi.shared.domain.PolicyTerm;

/** One coverage line of a certificate keyed in by hand. {@code coverageName} names an OTHER line. */
public record PolicyEntry(
        CoverageType coverage,
        String coverageName,
        String insurerLetter,
        String insurerName,
        String insurerNaic,
        String policyNumber,
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

    /** The policy this entry describes; a rule it breaks is an IllegalArgumentException naming the rule. */
    public Policy toPolicy() {
        if (coverage == null) {
            throw new IllegalArgumentException("each policy needs a coverage (GL, AUTO, UMBRELLA, EXCESS, WC, EL, OTHER)");
        }
        if (coverage == CoverageType.OTHER && (coverageName == null || coverageName.isBlank())) {
            throw new IllegalArgumentException("an OTHER policy needs a coverageName");
        }
        Policy policy = new Policy(coverage, number(), term())
                .coverageName(coverageName)
                .insurer(insurerLetter, insurerName, naicCode())
                .form(form)
                .endorsements(new Endorsements(additionalInsured, waiverOfSubrogation, primaryNonContributory))
                .wcStatutory(wcStatutory)
                .autoSymbols(autoSymbols == null ? Set.of() : autoSymbols);
        if (deductible != null) {
            if (deductible.signum() < 0) {
                throw new IllegalArgumentException("deductible must be zero or more");
            }
            policy.deductible(deductible);
        }
        if (limits != null) {
            limits.forEach(policy::limit);
        }
        return policy;
    }

    /** The number as typed: blank is none. */
    private PolicyNumber number() {
        try {
            return PolicyNumber.parse(policyNumber).orElse(null);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("policyNumber: " + e.getMessage(), e);
        }
    }

    /** The insurer's code as typed: blank is none, surrounding blanks do not count, anything else must be a code. */
    private NaicCode naicCode() {
        if (insurerNaic == null || insurerNaic.isBlank()) {
            return null;
        }
        try {
            return NaicCode.of(insurerNaic.strip());
        } catch (InvalidNaicCodeException e) {
            throw new IllegalArgumentException("insurerNaic: " + e.getMessage(), e);
        }
    }

    private PolicyTerm term() {
        try {
            return new PolicyTerm(effectiveDate, expirationDate);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("policy " + policyNumber + " expires before it takes effect", e);
        }
    }
}
