package org.opencoi.compliance.domain;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.opencoi.requirement.domain.CoverageRequirement;
import org.opencoi.shared.domain.AcceptedAutoSymbols;
import org.opencoi.shared.domain.Limits;
import org.opencoi.shared.domain.PolicyForm;

/**
 * What a profile asks of one coverage line, as the compliance engine reads it.
 *
 * <p>A required line must be in force on the decision date. An optional line need not be present, but a
 * policy of that line that is in force must meet the same rules.
 *
 * @param acceptedForms the policy forms accepted; a policy that states no form is not held to them
 * @param maximumDeductible the largest deductible or self-insured retention accepted; null for any
 * @param minimumLimits the smallest amount accepted per limit kind; a limit at the minimum passes
 */
public record RequirementSnapshot(
        CoverageLine line,
        boolean required,
        Set<PolicyForm> acceptedForms,
        boolean additionalInsuredRequired,
        boolean waiverOfSubrogationRequired,
        boolean primaryNonContributoryRequired,
        AcceptedAutoSymbols acceptedAutoSymbols,
        boolean wcStatutoryRequired,
        BigDecimal maximumDeductible,
        Limits minimumLimits) {

    public RequirementSnapshot {
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(acceptedAutoSymbols, "acceptedAutoSymbols");
        acceptedForms = acceptedForms.isEmpty()
                ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(acceptedForms));
        Objects.requireNonNull(minimumLimits, "minimumLimits");
    }

    public static RequirementSnapshot from(CoverageRequirement requirement) {
        Set<PolicyForm> forms = EnumSet.noneOf(PolicyForm.class);
        if (requirement.isOccurrenceAccepted()) {
            forms.add(PolicyForm.OCCURRENCE);
        }
        if (requirement.isClaimsMadeAccepted()) {
            forms.add(PolicyForm.CLAIMS_MADE);
        }
        return new RequirementSnapshot(
                new CoverageLine(requirement.getCoverage(), requirement.getOtherName()),
                requirement.isRequired(), forms,
                requirement.isAdditionalInsuredRequired(), requirement.isWaiverOfSubrogationRequired(),
                requirement.isPrimaryNonContributoryRequired(),
                requirement.getAcceptedAutoSymbols(),
                requirement.isWcStatutoryRequired(), requirement.getMaximumDeductible(),
                requirement.getMinimumLimits());
    }

    /** Whether a policy written on the given form is accepted; an unstated form is not held against it. */
    public boolean accepts(PolicyForm form) {
        return form == null || acceptedForms.contains(form);
    }
}
