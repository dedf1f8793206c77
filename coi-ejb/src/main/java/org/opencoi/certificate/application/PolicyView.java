package org.opencoi.certificate.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.opencoi.certificate.domain.Policy;
import org.opencoi.shared.domain.AutoSymbol;
import org.opencoi.shared.domain.CoverageType;
import org.opencoi.shared.domain.Endorsements;
import org.opencoi.shared.domain.LimitKind;
import org.opencoi.shared.domain.PolicyForm;

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
        boolean waiverOfSubrogation,
        String insurerLetter,
        PolicyForm form,
        boolean primaryNonContributory,
        boolean wcStatutory,
        BigDecimal deductible,
        Set<AutoSymbol> autoSymbols) {

    public static PolicyView of(Policy p) {
        Endorsements shown = p.getEndorsements();
        return new PolicyView(p.getCoverage(), p.getCoverageName(),
                p.getPolicyNumber() == null ? null : p.getPolicyNumber().text(), p.getInsurerName(),
                p.getInsurerNaic() == null ? null : p.getInsurerNaic().digits(), p.getTerm().effective(), p.getTerm().expiration(), p.getLimits().amounts(),
                shown.additionalInsured(), shown.waiverOfSubrogation(), p.getInsurerLetter(), p.getForm(),
                shown.primaryNonContributory(), p.isWcStatutory(), p.getDeductible(), Set.copyOf(p.getAutoSymbols()));
    }

    /** This line as an entry, for a reviewer to correct some of it and keep the rest as read. */
    public PolicyEntry toEntry() {
        return new PolicyEntry(coverage, coverageName, insurerLetter, insurerName, insurerNaic, policyNumber,
                effectiveDate, expirationDate, form, additionalInsured, waiverOfSubrogation, primaryNonContributory,
                wcStatutory, deductible, autoSymbols, limits);
    }
}
