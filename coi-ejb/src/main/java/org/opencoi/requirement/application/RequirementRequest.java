package org.opencoi.requirement.application;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import org.opencoi.shared.domain.CoverageType;
import org.opencoi.shared.domain.LimitKind;
import org.opencoi.shared.domain.PolicyForm;

/**
 * What a profile asks of one coverage line.
 *
 * @param name for OTHER lines, which one (e.g. "Professional liability")
 * @param required whether the line must be present; absent means required
 * @param acceptedForms the policy forms accepted; absent or empty means both
 * @param acceptedAutoSymbols alternatives separated by '|', symbols of one by '+', e.g. "ANY|HIRED+NON_OWNED"
 * @param minimumLimits the least amount per limit kind, whole currency units
 */
public record RequirementRequest(
        CoverageType coverage,
        String name,
        Boolean required,
        Set<PolicyForm> acceptedForms,
        boolean additionalInsured,
        boolean waiverOfSubrogation,
        boolean primaryNonContributory,
        String acceptedAutoSymbols,
        boolean wcStatutory,
        BigDecimal maximumDeductible,
        Map<LimitKind, BigDecimal> minimumLimits) {
}
