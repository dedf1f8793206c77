package org.opencoi.certificate.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.opencoi.shared.domain.AutoSymbol;
import org.opencoi.shared.domain.CoverageType;
import org.opencoi.shared.domain.LimitKind;
import org.opencoi.shared.domain.PolicyForm;

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
}
