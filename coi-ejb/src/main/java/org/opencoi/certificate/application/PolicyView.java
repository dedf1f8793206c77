package org.opencoi.certificate.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.opencoi.certificate.domain.Policy;
import org.opencoi.shared.domain.CoverageType;
import org.opencoi.shared.domain.LimitKind;

/** One coverage line of a certificate as screens and APIs show it. */
public record PolicyView(
        CoverageType coverage,
        String coverageName,
        String policyNumber,
        String insurerName,
        String insurerNaic,
        LocalDate effectiveDate,
        LocalDate expirationDate,
        Map<LimitKind, BigDecimal> limits,
        boolean additionalInsured,
        boolean waiverOfSubrogation) {

    public static PolicyView of(Policy p) {
        return new PolicyView(p.getCoverage(), p.getCoverageName(), p.getPolicyNumber(), p.getInsurerName(),
                p.getInsurerNaic(), p.getEffectiveDate(), p.getExpirationDate(), p.getLimits(),
                p.isAdditionalInsured(), p.isWaiverOfSubrogation());
    }
}
