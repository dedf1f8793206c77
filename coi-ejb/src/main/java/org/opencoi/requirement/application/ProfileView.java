package org.opencoi.requirement.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.opencoi.requirement.domain.CoverageRequirement;
import org.opencoi.requirement.domain.RequirementProfile;
import org.opencoi.shared.domain.AcceptedAutoSymbols;
import org.opencoi.shared.domain.CoverageType;
import org.opencoi.shared.domain.LimitKind;
import org.opencoi.shared.domain.PolicyForm;

/** One version of a requirement profile as screens and APIs show it. */
public record ProfileView(
        long id,
        String profileKey,
        int version,
        String name,
        int expiringWindowDays,
        String requiredHolderName,
        boolean umbrellaMayMakeUpShortfall,
        String minimumRating,
        String minimumSizeCategory,
        Instant createdAt,
        List<Requirement> requirements,
        String renewalCadence) {

    /** What the profile asks of one line. */
    public record Requirement(
            CoverageType coverage,
            String name,
            boolean required,
            Set<PolicyForm> acceptedForms,
            boolean additionalInsured,
            boolean waiverOfSubrogation,
            boolean primaryNonContributory,
            String acceptedAutoSymbols,
            boolean wcStatutory,
            BigDecimal maximumDeductible,
            Map<LimitKind, BigDecimal> minimumLimits) {

        static Requirement of(CoverageRequirement r) {
            Set<PolicyForm> forms = EnumSet.noneOf(PolicyForm.class);
            if (r.isOccurrenceAccepted()) {
                forms.add(PolicyForm.OCCURRENCE);
            }
            if (r.isClaimsMadeAccepted()) {
                forms.add(PolicyForm.CLAIMS_MADE);
            }
            return new Requirement(r.getCoverage(), r.getOtherName(), r.isRequired(), forms,
                    r.isAdditionalInsuredRequired(), r.isWaiverOfSubrogationRequired(),
                    r.isPrimaryNonContributoryRequired(), notation(r.getAcceptedAutoSymbols()),
                    r.isWcStatutoryRequired(), r.getMaximumDeductible(), r.getMinimumLimits().amounts());
        }

        /** The notation a profile is written in; none when any combination is accepted. */
        private static String notation(AcceptedAutoSymbols symbols) {
            return symbols.alternatives().isEmpty() ? null : symbols.notation();
        }
    }

    public static ProfileView of(RequirementProfile p) {
        return new ProfileView(p.getId(), p.getProfileKey(), p.getVersionNumber(), p.getName(),
                p.getExpiringWindowDays(), p.getRequiredHolderName(), p.isUmbrellaMayMakeUpShortfall(),
                p.getMinimumRating() == null ? null : p.getMinimumRating().label(),
                p.getMinimumSizeCategory() == null ? null : p.getMinimumSizeCategory().name(),
                p.getCreatedAt(), p.getRequirements().stream().map(Requirement::of).toList(), p.renewalCadence().toString());
    }
}
