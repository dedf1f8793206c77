package org.opencoi.compliance.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.opencoi.shared.domain.CoverageType;
import org.opencoi.shared.domain.LimitKind;
import org.opencoi.shared.domain.Money;

/**
 * One decision in the making: checks each line of a profile against the certificates that count and
 * collects the deficiencies, the policies relied on and whether any of them expires within the window.
 *
 * <p>Per line, the policy in force from the newest certificate is the one checked; only when none is in
 * force does the newest dated policy of the line tell why (expired or not yet effective). Checks run in a
 * fixed order: form, auto symbols, limits (in limit kind order), statutory limits, additional insured,
 * waiver of subrogation, primary and non-contributory, deductible, insurer, certificate holder, insured,
 * carrier verification.
 */
final class Assessment {

    /** The per-occurrence limits of the primary lines, which an umbrella or excess policy sits over. */
    private static final Set<LimitKind> LIMITS_AN_UMBRELLA_TOPS_UP =
            EnumSet.of(LimitKind.EACH_OCCURRENCE, LimitKind.COMBINED_SINGLE_LIMIT, LimitKind.EL_EACH_ACCIDENT);
    private static final CoverageLine UMBRELLA = CoverageLine.of(CoverageType.UMBRELLA);

    private final CompanyName vendorName;
    private final List<CertificateSnapshot> newestFirst;
    private final Map<Long, String> verificationFailures;
    private final ProfileSnapshot profile;
    private final InsurerRatings insurers;
    private final LocalDate asOf;
    private final LocalDate lastDayOfWindow;

    private final List<Deficiency> deficiencies = new ArrayList<>();
    private final List<Long> policyIds = new ArrayList<>();
    private boolean expiring;

    Assessment(CompanyName vendorName, List<CertificateSnapshot> newestFirst, Map<Long, String> verificationFailures,
            ProfileSnapshot profile, InsurerRatings insurers, LocalDate asOf) {
        this.vendorName = vendorName;
        this.newestFirst = newestFirst;
        this.verificationFailures = verificationFailures;
        this.profile = profile;
        this.insurers = insurers;
        this.asOf = asOf;
        this.lastDayOfWindow = asOf.plusDays(profile.expiringWindowDays());
    }

    void check(RequirementSnapshot requirement) {
        CoverageLine line = requirement.line();
        Evidence evidence = inForce(line, asOf);
        if (evidence == null) {
            if (requirement.required()) {
                explainAbsence(line);
            }
            return;
        }
        PolicySnapshot policy = evidence.policy();
        use(policy);
        if (requirement.required()) {
            relyOn(line, policy);
        }
        checkForm(requirement, policy);
        checkLimits(requirement, policy);
        checkEndorsements(requirement, policy);
        checkDeductible(requirement, policy);
        checkInsurer(line, policy);
        checkParties(line, evidence.certificate());
        checkVerification(line, policy);
    }

    List<Deficiency> deficiencies() {
        return deficiencies;
    }

    List<Long> policyIds() {
        return policyIds;
    }

    /** Whether a policy the decision relies on expires within the window with no other one on file to take over. */
    boolean expiring() {
        return expiring;
    }

    private void explainAbsence(CoverageLine line) {
        PolicySnapshot newest = newestDated(line);
        if (newest == null) {
            deficiencies.add(Deficiency.of(DeficiencyKind.MISSING_COVERAGE, line, Wording.missingCoverage(line)));
        } else if (newest.term().expiration().isAfter(asOf)) {
            use(newest);
            deficiencies.add(Deficiency.of(DeficiencyKind.NOT_YET_EFFECTIVE, line, Wording.notYetEffective(line, newest)));
        } else {
            use(newest);
            deficiencies.add(Deficiency.of(DeficiencyKind.EXPIRED, line, Wording.expired(line, newest)));
        }
    }

    private void checkForm(RequirementSnapshot requirement, PolicySnapshot policy) {
        CoverageLine line = requirement.line();
        if (!requirement.accepts(policy.form())) {
            deficiencies.add(Deficiency.of(DeficiencyKind.FORM_NOT_ACCEPTED, line,
                    Wording.formNotAccepted(line, policy.form(), requirement.acceptedForms())));
        }
        if (!requirement.acceptedAutoSymbols().accepts(policy.autoSymbols())) {
            deficiencies.add(Deficiency.of(DeficiencyKind.FORM_NOT_ACCEPTED, line,
                    Wording.autoSymbolsNotAccepted(line, policy.autoSymbols(), requirement.acceptedAutoSymbols())));
        }
    }

    private void checkLimits(RequirementSnapshot requirement, PolicySnapshot policy) {
        CoverageLine line = requirement.line();
        for (Map.Entry<LimitKind, Money> minimum : requirement.minimumLimits().entries()) {
            LimitKind kind = minimum.getKey();
            Money required = minimum.getValue();
            Money stated = policy.limits().of(kind).orElse(null);
            if (stated != null && !stated.isLessThan(required)) {
                continue;
            }
            PolicySnapshot umbrella = stated == null ? null : umbrellaOver(kind);
            if (umbrella == null) {
                deficiencies.add(Deficiency.of(DeficiencyKind.LIMIT_BELOW_MINIMUM, line, kind, required.amount(),
                        stated == null ? null : stated.amount(), Wording.limitBelowMinimum(line, kind, stated, required)));
                continue;
            }
            use(umbrella);
            Money combined = stated.plus(umbrella.limits().of(LimitKind.UMBRELLA_EACH_OCCURRENCE).orElseThrow());
            if (!combined.isLessThan(required)) {
                if (requirement.required()) {
                    relyOn(UMBRELLA, umbrella);
                }
            } else {
                deficiencies.add(Deficiency.of(DeficiencyKind.LIMIT_BELOW_MINIMUM, line, kind, required.amount(),
                        combined.amount(), Wording.limitBelowMinimumWithUmbrella(line, kind, stated, combined, required)));
            }
        }
        if (requirement.wcStatutoryRequired() && !policy.wcStatutory()) {
            deficiencies.add(Deficiency.of(DeficiencyKind.LIMIT_BELOW_MINIMUM, line, Wording.notStatutory(line)));
        }
    }

    /** The umbrella or excess policy in force that may make up a shortfall of this limit, if the profile allows it. */
    private PolicySnapshot umbrellaOver(LimitKind kind) {
        if (!profile.umbrellaMayMakeUpShortfall() || !LIMITS_AN_UMBRELLA_TOPS_UP.contains(kind)) {
            return null;
        }
        Evidence umbrella = inForce(UMBRELLA, asOf);
        return umbrella == null || !umbrella.policy().limits().has(LimitKind.UMBRELLA_EACH_OCCURRENCE)
                ? null
                : umbrella.policy();
    }

    private void checkEndorsements(RequirementSnapshot requirement, PolicySnapshot policy) {
        CoverageLine line = requirement.line();
        if (requirement.additionalInsuredRequired() && !policy.endorsements().additionalInsured()) {
            deficiencies.add(Deficiency.of(DeficiencyKind.ADDITIONAL_INSURED_MISSING, line,
                    Wording.additionalInsuredMissing(line)));
        }
        if (requirement.waiverOfSubrogationRequired() && !policy.endorsements().waiverOfSubrogation()) {
            deficiencies.add(Deficiency.of(DeficiencyKind.WAIVER_OF_SUBROGATION_MISSING, line,
                    Wording.waiverOfSubrogationMissing(line)));
        }
        if (requirement.primaryNonContributoryRequired() && !policy.endorsements().primaryNonContributory()) {
            deficiencies.add(Deficiency.of(DeficiencyKind.PRIMARY_NON_CONTRIBUTORY_MISSING, line,
                    Wording.primaryNonContributoryMissing(line)));
        }
    }

    /** A deductible or retention the certificate does not state is not held against the vendor. */
    private void checkDeductible(RequirementSnapshot requirement, PolicySnapshot policy) {
        BigDecimal maximum = requirement.maximumDeductible();
        BigDecimal deductible = policy.deductible();
        if (maximum != null && deductible != null && deductible.compareTo(maximum) > 0) {
            CoverageLine line = requirement.line();
            deficiencies.add(Deficiency.of(DeficiencyKind.DEDUCTIBLE_ABOVE_MAXIMUM, line, null, maximum, deductible,
                    Wording.deductibleAboveMaximum(line, deductible, maximum)));
        }
    }

    /** Insurers are looked at only when the profile sets a minimum; an unknown one cannot be shown to meet it. */
    private void checkInsurer(CoverageLine line, PolicySnapshot policy) {
        if (!profile.setsMinimumInsurer()) {
            return;
        }
        Optional<InsurerRating> insurer = insurers.find(policy.insurerNaic());
        if (insurer.isEmpty()) {
            deficiencies.add(Deficiency.of(DeficiencyKind.INSURER_UNKNOWN, line,
                    Wording.insurerUnknown(line, policy, profile.minimumRating(), profile.minimumSize())));
        } else if (!insurer.get().meets(profile.minimumRating(), profile.minimumSize())) {
            deficiencies.add(Deficiency.of(DeficiencyKind.INSURER_RATING_BELOW_MINIMUM, line,
                    Wording.insurerBelowMinimum(line, insurer.get(), profile.minimumRating(), profile.minimumSize())));
        }
    }

    private void checkParties(CoverageLine line, CertificateSnapshot certificate) {
        CompanyName requiredHolder = profile.requiredHolder();
        if (requiredHolder != null && !certificate.holder().matches(requiredHolder)) {
            deficiencies.add(Deficiency.of(DeficiencyKind.HOLDER_MISMATCH, line,
                    Wording.holderMismatch(line, certificate.holder(), requiredHolder)));
        }
        if (!certificate.insured().matches(vendorName)) {
            deficiencies.add(Deficiency.of(DeficiencyKind.INSURED_MISMATCH, line,
                    Wording.insuredMismatch(line, certificate.insured(), vendorName)));
        }
    }

    private void checkVerification(CoverageLine line, PolicySnapshot policy) {
        String discrepancy = policy.id() == null ? null : verificationFailures.get(policy.id());
        if (discrepancy != null) {
            deficiencies.add(Deficiency.of(DeficiencyKind.VERIFICATION_FAILED, line,
                    Wording.verificationFailed(line, discrepancy)));
        }
    }

    private void relyOn(CoverageLine line, PolicySnapshot policy) {
        if (policy.term().expiration().isAfter(lastDayOfWindow)) {
            return;
        }
        Evidence successor = inForce(line, policy.term().expiration());
        if (successor == null) {
            expiring = true;
        } else {
            use(successor.policy());
            relyOn(line, successor.policy());
        }
    }

    private void use(PolicySnapshot policy) {
        if (policy.id() != null) {
            policyIds.add(policy.id());
        }
    }

    /** The policy of the line in force on the day, from the newest certificate that has one. */
    private Evidence inForce(CoverageLine line, LocalDate day) {
        for (CertificateSnapshot certificate : newestFirst) {
            for (PolicySnapshot policy : certificate.policies()) {
                if (policy.term().inForceOn(day) && line.isSatisfiedBy(policy.line())) {
                    return new Evidence(policy, certificate);
                }
            }
        }
        return null;
    }

    /** The line's policy on the newest certificate that shows one with its term. */
    private PolicySnapshot newestDated(CoverageLine line) {
        for (CertificateSnapshot certificate : newestFirst) {
            for (PolicySnapshot policy : certificate.policies()) {
                if (policy.term().isDated() && line.isSatisfiedBy(policy.line())) {
                    return policy;
                }
            }
        }
        return null;
    }

    private record Evidence(PolicySnapshot policy, CertificateSnapshot certificate) {
    }
}
