package org.opencoi.compliance.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencoi.compliance.domain.Scenario.AS_OF;
import static org.opencoi.compliance.domain.Scenario.ONE_MILLION;
import static org.opencoi.compliance.domain.Scenario.TWO_MILLION;
import static org.opencoi.compliance.domain.Scenario.usd;
import static org.opencoi.shared.domain.ComplianceStatus.COMPLIANT;
import static org.opencoi.shared.domain.ComplianceStatus.EXPIRING;
import static org.opencoi.shared.domain.ComplianceStatus.NON_COMPLIANT;
import static org.opencoi.shared.domain.ComplianceStatus.NO_CERTIFICATE;
import static org.opencoi.shared.domain.ComplianceStatus.PENDING_REVIEW;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opencoi.certificate.domain.Policy;
import org.opencoi.requirement.domain.CoverageRequirement;
import org.opencoi.shared.domain.AutoSymbol;
import org.opencoi.shared.domain.ComplianceStatus;
import org.opencoi.shared.domain.CoverageType;
import org.opencoi.shared.domain.Endorsements;
import org.opencoi.shared.domain.LimitKind;
import org.opencoi.shared.domain.PolicyForm;
import org.opencoi.shared.domain.PolicyNumber;
import org.opencoi.shared.domain.PolicyTerm;
import org.opencoi.shared.domain.ReviewState;

/**
 * The compliance rules as a table: each row spoils the compliant {@link Scenario} in one way and states
 * the status and deficiencies that must follow. A deficiency reads "KIND COVERAGE[/name] [LIMIT_KIND]
 * [required N] [found N] [waived]".
 */
class ComplianceEngineTest {

    private static final LocalDate A_YEAR_AGO = AS_OF.minusYears(1);
    private static final LocalDate IN_A_YEAR = AS_OF.plusYears(1);

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void decidesByTheRule(String rule, Consumer<Scenario> spoil, ComplianceStatus status, List<String> deficiencies) {
        Scenario scenario = new Scenario();
        spoil.accept(scenario);

        ComplianceDecision decision = scenario.decide();

        assertThat(decision.deficiencies()).extracting(ComplianceEngineTest::describe)
                .as(rule).containsExactlyElementsOf(deficiencies);
        assertThat(decision.status()).as(rule).isEqualTo(status);
    }

    static Stream<Arguments> rules() {
        return Stream.of(
                rule("a vendor meeting every requirement is compliant", s -> { }, COMPLIANT),

                // limits
                rule("a limit exactly at the minimum passes (compared by value, not by scale)",
                        s -> s.main.policy(CoverageType.GL).limit(LimitKind.EACH_OCCURRENCE, new BigDecimal("1000000.00")),
                        COMPLIANT),
                rule("a limit one dollar below the minimum",
                        s -> s.main.policy(CoverageType.GL).limit(LimitKind.EACH_OCCURRENCE, usd(999_999)),
                        NON_COMPLIANT, "LIMIT_BELOW_MINIMUM GL EACH_OCCURRENCE required 1000000 found 999999"),
                rule("a limit the certificate does not state",
                        s -> s.main.replace(new Policy(CoverageType.GL, PolicyNumber.of("GL-2"), new PolicyTerm(A_YEAR_AGO, IN_A_YEAR))
                                .insurer("A", "Travelers", Scenario.TRAVELERS).form(PolicyForm.OCCURRENCE)
                                .endorsements(new Endorsements(true, true, false)).limit(LimitKind.EACH_OCCURRENCE, ONE_MILLION)),
                        NON_COMPLIANT, "LIMIT_BELOW_MINIMUM GL GENERAL_AGGREGATE required 2000000"),

                // the policy term and the expiring window
                rule("expiring on the window's last day is EXPIRING",
                        s -> s.main.replace(Scenario.wcPolicy(A_YEAR_AGO, AS_OF.plusDays(30))), EXPIRING),
                rule("expiring one day after the window is COMPLIANT",
                        s -> s.main.replace(Scenario.wcPolicy(A_YEAR_AGO, AS_OF.plusDays(31))), COMPLIANT),
                rule("an optional line expiring within the window does not make the vendor EXPIRING",
                        s -> s.main.policies.add(Scenario.umbrellaPolicy(CoverageType.UMBRELLA, ONE_MILLION,
                                A_YEAR_AGO, AS_OF.plusDays(5))),
                        COMPLIANT),
                rule("a renewal on file taking over on the expiration date keeps the vendor COMPLIANT",
                        s -> {
                            s.main.replace(Scenario.wcPolicy(A_YEAR_AGO, AS_OF.plusDays(10)));
                            s.certificate(AS_OF.minusDays(1)).policies.add(
                                    Scenario.wcPolicy(AS_OF.plusDays(10), AS_OF.plusDays(10).plusYears(1)));
                        },
                        COMPLIANT),
                rule("a renewal on file leaving a gap keeps the vendor EXPIRING",
                        s -> {
                            s.main.replace(Scenario.wcPolicy(A_YEAR_AGO, AS_OF.plusDays(10)));
                            s.certificate(AS_OF.minusDays(1)).policies.add(
                                    Scenario.wcPolicy(AS_OF.plusDays(12), AS_OF.plusDays(12).plusYears(1)));
                        },
                        EXPIRING),
                rule("expired yesterday",
                        s -> s.main.replace(Scenario.glPolicy(A_YEAR_AGO.minusDays(1), AS_OF.minusDays(1))),
                        NON_COMPLIANT, "EXPIRED GL"),
                rule("expiring today is expired: ACORD policies end at 12:01 AM on the expiration date",
                        s -> s.main.replace(Scenario.glPolicy(A_YEAR_AGO, AS_OF)),
                        NON_COMPLIANT, "EXPIRED GL"),
                rule("effective today counts",
                        s -> s.main.replace(Scenario.glPolicy(AS_OF, IN_A_YEAR)), COMPLIANT),
                rule("effective tomorrow is NOT_YET_EFFECTIVE",
                        s -> s.main.replace(Scenario.glPolicy(AS_OF.plusDays(1), IN_A_YEAR)),
                        NON_COMPLIANT, "NOT_YET_EFFECTIVE GL"),
                rule("a policy without its term counts for nothing",
                        s -> s.main.replace(new Policy(CoverageType.WC, PolicyNumber.of("WC-?"), PolicyTerm.UNDATED).wcStatutory(true)
                                .limit(LimitKind.EL_EACH_ACCIDENT, ONE_MILLION)),
                        NON_COMPLIANT, "MISSING_COVERAGE WC"),

                // forms
                rule("claims-made where only occurrence is accepted",
                        s -> s.main.policy(CoverageType.GL).form(PolicyForm.CLAIMS_MADE),
                        NON_COMPLIANT, "FORM_NOT_ACCEPTED GL"),
                rule("claims-made where it is accepted (professional liability)",
                        s -> s.main.policy(CoverageType.OTHER).form(PolicyForm.CLAIMS_MADE), COMPLIANT),

                // umbrella and excess over a primary line
                rule("umbrella makes up a GL each-occurrence shortfall when allowed: 1M + 1M >= 2M",
                        s -> umbrellaOverGl(s, true, CoverageType.UMBRELLA, ONE_MILLION, IN_A_YEAR), COMPLIANT),
                rule("excess makes up the shortfall like an umbrella",
                        s -> umbrellaOverGl(s, true, CoverageType.EXCESS, ONE_MILLION, IN_A_YEAR), COMPLIANT),
                rule("umbrella does not make up a shortfall when the profile does not allow it",
                        s -> umbrellaOverGl(s, false, CoverageType.UMBRELLA, ONE_MILLION, IN_A_YEAR),
                        NON_COMPLIANT, "LIMIT_BELOW_MINIMUM GL EACH_OCCURRENCE required 2000000 found 1000000"),
                rule("umbrella too small to make up the shortfall: found is primary plus umbrella",
                        s -> umbrellaOverGl(s, true, CoverageType.UMBRELLA, usd(500_000), IN_A_YEAR),
                        NON_COMPLIANT, "LIMIT_BELOW_MINIMUM GL EACH_OCCURRENCE required 2000000 found 1500000",
                        "LIMIT_BELOW_MINIMUM UMBRELLA UMBRELLA_EACH_OCCURRENCE required 1000000 found 500000"),
                rule("an expired umbrella makes up nothing",
                        s -> umbrellaOverGl(s, true, CoverageType.UMBRELLA, ONE_MILLION, AS_OF.minusDays(1)),
                        NON_COMPLIANT, "LIMIT_BELOW_MINIMUM GL EACH_OCCURRENCE required 2000000 found 1000000"),
                rule("an umbrella making up a shortfall and expiring within the window makes the vendor EXPIRING",
                        s -> umbrellaOverGl(s, true, CoverageType.UMBRELLA, ONE_MILLION, AS_OF.plusDays(20)), EXPIRING),
                rule("umbrella never makes up an aggregate limit",
                        s -> {
                            umbrellaOverGl(s, true, CoverageType.UMBRELLA, ONE_MILLION, IN_A_YEAR);
                            s.gl.minimum(LimitKind.GENERAL_AGGREGATE, usd(3_000_000));
                        },
                        NON_COMPLIANT, "LIMIT_BELOW_MINIMUM GL GENERAL_AGGREGATE required 3000000 found 2000000"),
                rule("an optional umbrella in force is held to its minimum",
                        s -> s.main.policies.add(Scenario.umbrellaPolicy(CoverageType.UMBRELLA, usd(500_000),
                                A_YEAR_AGO, IN_A_YEAR)),
                        NON_COMPLIANT, "LIMIT_BELOW_MINIMUM UMBRELLA UMBRELLA_EACH_OCCURRENCE required 1000000 found 500000"),

                // several certificates
                rule("two certificates combine: WC on one, the rest on the other",
                        s -> {
                            s.main.remove(CoverageType.WC);
                            s.certificate(AS_OF.minusMonths(2)).policies.add(Scenario.wcPolicy(A_YEAR_AGO, IN_A_YEAR));
                        },
                        COMPLIANT),
                rule("without the second certificate WC is missing",
                        s -> s.main.remove(CoverageType.WC), NON_COMPLIANT, "MISSING_COVERAGE WC"),
                rule("the newest certificate's data per line wins over an older one",
                        s -> s.certificate(AS_OF.minusDays(5)).policies.add(
                                Scenario.glPolicy(A_YEAR_AGO, IN_A_YEAR).limit(LimitKind.EACH_OCCURRENCE, usd(500_000))),
                        NON_COMPLIANT, "LIMIT_BELOW_MINIMUM GL EACH_OCCURRENCE required 1000000 found 500000"),
                rule("an older certificate's data loses to the newest",
                        s -> s.certificate(AS_OF.minusYears(2)).policies.add(
                                Scenario.glPolicy(A_YEAR_AGO, IN_A_YEAR).limit(LimitKind.EACH_OCCURRENCE, usd(500_000))),
                        COMPLIANT),
                rule("a newer certificate's renewal not yet effective leaves the policy in force counting",
                        s -> s.certificate(AS_OF.minusDays(5)).policies.add(
                                Scenario.glPolicy(AS_OF.plusDays(60), AS_OF.plusDays(60).plusYears(1))
                                        .limit(LimitKind.EACH_OCCURRENCE, usd(500_000))),
                        COMPLIANT),

                // waivers (the glossary's exceptions)
                rule("an active exception shows the deficiency as waived; the vendor is compliant",
                        s -> {
                            s.main.policy(CoverageType.GL).limit(LimitKind.EACH_OCCURRENCE, usd(500_000));
                            s.waive(DeficiencyKind.LIMIT_BELOW_MINIMUM, CoverageLine.of(CoverageType.GL),
                                    LimitKind.EACH_OCCURRENCE, AS_OF.plusDays(10));
                        },
                        COMPLIANT, "LIMIT_BELOW_MINIMUM GL EACH_OCCURRENCE required 1000000 found 500000 waived"),
                rule("an exception holds through its last day",
                        s -> {
                            s.main.policy(CoverageType.GL).limit(LimitKind.EACH_OCCURRENCE, usd(500_000));
                            s.waive(DeficiencyKind.LIMIT_BELOW_MINIMUM, CoverageLine.of(CoverageType.GL),
                                    LimitKind.EACH_OCCURRENCE, AS_OF);
                        },
                        COMPLIANT, "LIMIT_BELOW_MINIMUM GL EACH_OCCURRENCE required 1000000 found 500000 waived"),
                rule("a lapsed exception waives nothing",
                        s -> {
                            s.main.policy(CoverageType.GL).limit(LimitKind.EACH_OCCURRENCE, usd(500_000));
                            s.waive(DeficiencyKind.LIMIT_BELOW_MINIMUM, CoverageLine.of(CoverageType.GL),
                                    LimitKind.EACH_OCCURRENCE, AS_OF.minusDays(1));
                        },
                        NON_COMPLIANT, "LIMIT_BELOW_MINIMUM GL EACH_OCCURRENCE required 1000000 found 500000"),
                rule("an exception waives nothing before the day it was granted",
                        s -> {
                            s.main.policy(CoverageType.GL).limit(LimitKind.EACH_OCCURRENCE, usd(500_000));
                            Waiver waiver = s.waive(DeficiencyKind.LIMIT_BELOW_MINIMUM, CoverageLine.of(CoverageType.GL),
                                    LimitKind.EACH_OCCURRENCE, AS_OF.plusDays(10));
                            s.asOf = waiver.grantedOn().minusDays(1);
                        },
                        NON_COMPLIANT, "LIMIT_BELOW_MINIMUM GL EACH_OCCURRENCE required 1000000 found 500000"),
                rule("an exception for another limit kind waives nothing",
                        s -> {
                            s.main.policy(CoverageType.GL).limit(LimitKind.EACH_OCCURRENCE, usd(500_000));
                            s.waive(DeficiencyKind.LIMIT_BELOW_MINIMUM, CoverageLine.of(CoverageType.GL),
                                    LimitKind.GENERAL_AGGREGATE, AS_OF.plusDays(10));
                        },
                        NON_COMPLIANT, "LIMIT_BELOW_MINIMUM GL EACH_OCCURRENCE required 1000000 found 500000"),
                rule("an exception waives only its deficiency; the others still count",
                        s -> {
                            s.main.policy(CoverageType.GL).limit(LimitKind.EACH_OCCURRENCE, usd(500_000))
                                    .endorsements(new Endorsements(false, true, false));
                            s.waive(DeficiencyKind.LIMIT_BELOW_MINIMUM, CoverageLine.of(CoverageType.GL),
                                    LimitKind.EACH_OCCURRENCE, AS_OF.plusDays(10));
                        },
                        NON_COMPLIANT, "LIMIT_BELOW_MINIMUM GL EACH_OCCURRENCE required 1000000 found 500000 waived",
                        "ADDITIONAL_INSURED_MISSING GL"),
                rule("an exception on an OTHER line matches its name in any case",
                        s -> {
                            s.main.policy(CoverageType.OTHER).limit(LimitKind.EACH_OCCURRENCE, usd(500_000));
                            s.waive(DeficiencyKind.LIMIT_BELOW_MINIMUM, CoverageLine.other("PROFESSIONAL LIABILITY"),
                                    LimitKind.EACH_OCCURRENCE, AS_OF.plusDays(10));
                        },
                        COMPLIANT, "LIMIT_BELOW_MINIMUM OTHER/Professional Liability EACH_OCCURRENCE required 1000000 found 500000 waived"),

                // certificate holder and insured
                rule("a holder differing only in case, punctuation and legal form matches",
                        s -> s.main.holder = "OPENCOI DEMO CORP.", COMPLIANT),
                rule("a different holder is a HOLDER_MISMATCH on every line of that certificate",
                        s -> s.main.holder = "OpenCOI Holdings Inc", NON_COMPLIANT,
                        "HOLDER_MISMATCH GL", "HOLDER_MISMATCH AUTO", "HOLDER_MISMATCH WC",
                        "HOLDER_MISMATCH OTHER/Professional Liability"),
                rule("a policy its carrier did not confirm is VERIFICATION_FAILED on its line",
                        s -> s.verificationFailures.put(101L, "The carrier reports policy GL-1 cancelled."), NON_COMPLIANT,
                        "VERIFICATION_FAILED GL"),
                rule("a failed verification of a policy a newer certificate replaces does not count",
                        s -> {
                            s.verificationFailures.put(101L, "The carrier has no policy GL-1 for this insured.");
                            Scenario.Draft renewal = s.certificate(AS_OF.minusMonths(1));
                            renewal.policies.add(Scenario.glPolicy(AS_OF.minusMonths(1), AS_OF.plusMonths(11)));
                        },
                        COMPLIANT),
                rule("a holder is not checked when the profile names none",
                        s -> {
                            s.profile.setRequiredHolderName(null);
                            s.main.holder = "Somebody Else";
                        },
                        COMPLIANT),
                rule("an insured that is not the vendor is an INSURED_MISMATCH",
                        s -> {
                            s.main.remove(CoverageType.WC);
                            Scenario.Draft other = s.certificate(AS_OF.minusMonths(2));
                            other.insured = "Acme Electrical Holdings LLC";
                            other.policies.add(Scenario.wcPolicy(A_YEAR_AGO, IN_A_YEAR));
                        },
                        NON_COMPLIANT, "INSURED_MISMATCH WC"),

                // endorsements
                rule("additional insured missing",
                        s -> s.main.policy(CoverageType.GL).endorsements(new Endorsements(false, true, false)),
                        NON_COMPLIANT, "ADDITIONAL_INSURED_MISSING GL"),
                rule("waiver of subrogation missing",
                        s -> s.main.policy(CoverageType.GL).endorsements(new Endorsements(true, false, false)),
                        NON_COMPLIANT, "WAIVER_OF_SUBROGATION_MISSING GL"),
                rule("primary and non-contributory required and missing",
                        s -> s.gl.endorsements(true, true, true),
                        NON_COMPLIANT, "PRIMARY_NON_CONTRIBUTORY_MISSING GL"),

                // auto symbols
                rule("auto symbol ANY is accepted", s -> { }, COMPLIANT),
                rule("auto symbols HIRED and NON-OWNED together are accepted",
                        s -> s.main.policy(CoverageType.AUTO).autoSymbols(EnumSet.of(AutoSymbol.HIRED, AutoSymbol.NON_OWNED)),
                        COMPLIANT),
                rule("auto symbol HIRED alone is not accepted",
                        s -> s.main.policy(CoverageType.AUTO).autoSymbols(EnumSet.of(AutoSymbol.HIRED)),
                        NON_COMPLIANT, "FORM_NOT_ACCEPTED AUTO"),
                rule("no auto symbol ticked is not accepted",
                        s -> s.main.policy(CoverageType.AUTO).autoSymbols(EnumSet.noneOf(AutoSymbol.class)),
                        NON_COMPLIANT, "FORM_NOT_ACCEPTED AUTO"),

                // workers' compensation and employers' liability
                rule("WC statutory required but not ticked",
                        s -> s.main.policy(CoverageType.WC).wcStatutory(false),
                        NON_COMPLIANT, "LIMIT_BELOW_MINIMUM WC"),
                rule("EL each-accident limit on the WC line below the WC requirement's minimum",
                        s -> s.main.policy(CoverageType.WC).limit(LimitKind.EL_EACH_ACCIDENT, usd(500_000)),
                        NON_COMPLIANT, "LIMIT_BELOW_MINIMUM WC EL_EACH_ACCIDENT required 1000000 found 500000"),
                rule("an EL requirement is checked against the WC policy line",
                        s -> {
                            s.profile.require(new CoverageRequirement(CoverageType.EL, null)
                                    .minimum(LimitKind.EL_DISEASE_POLICY_LIMIT, TWO_MILLION));
                        },
                        NON_COMPLIANT, "LIMIT_BELOW_MINIMUM EL EL_DISEASE_POLICY_LIMIT required 2000000 found 1000000"),

                // deductible
                rule("deductible above the maximum",
                        s -> s.main.policy(CoverageType.GL).deductible(usd(50_000)),
                        NON_COMPLIANT, "DEDUCTIBLE_ABOVE_MAXIMUM GL required 25000 found 50000"),
                rule("deductible at the maximum passes",
                        s -> s.main.policy(CoverageType.GL).deductible(usd(25_000)), COMPLIANT),

                // insurer
                rule("insurer rated below the minimum",
                        s -> s.main.policy(CoverageType.GL).insurer("C", "Shaky Mutual", Scenario.SHAKY_MUTUAL),
                        NON_COMPLIANT, "INSURER_RATING_BELOW_MINIMUM GL"),
                rule("insurer rated well but smaller than the minimum size",
                        s -> s.main.policy(CoverageType.GL).insurer("C", "Small", Scenario.SMALL_BUT_SOUND),
                        NON_COMPLIANT, "INSURER_RATING_BELOW_MINIMUM GL"),
                rule("unknown NAIC code with a minimum rating is INSURER_UNKNOWN",
                        s -> s.main.policy(CoverageType.GL).insurer("C", "Unlisted", Scenario.UNLISTED),
                        NON_COMPLIANT, "INSURER_UNKNOWN GL"),
                rule("unknown NAIC code without a minimum rating is nothing",
                        s -> {
                            s.main.policy(CoverageType.GL).insurer("C", "Unlisted", Scenario.UNLISTED);
                            s.profile.setMinimumInsurer(null, null);
                        },
                        COMPLIANT),
                rule("insurer rated below the minimum is nothing when the profile sets none",
                        s -> {
                            s.main.policy(CoverageType.GL).insurer("C", "Shaky Mutual", Scenario.SHAKY_MUTUAL);
                            s.profile.setMinimumInsurer(null, null);
                        },
                        COMPLIANT),

                // OTHER lines
                rule("an OTHER line matches by name, case-insensitively", s -> { }, COMPLIANT),
                rule("an OTHER line of another name does not satisfy it",
                        s -> s.main.policy(CoverageType.OTHER).coverageName("Cyber Liability"),
                        NON_COMPLIANT, "MISSING_COVERAGE OTHER/Professional Liability"),

                // review state and no certificate
                rule("no certificates is NO_CERTIFICATE", s -> s.certificates.clear(), NO_CERTIFICATE),
                rule("only rejected certificates is NO_CERTIFICATE",
                        s -> s.main.reviewState = ReviewState.REJECTED, NO_CERTIFICATE),
                rule("the only certificate pending review is PENDING_REVIEW",
                        s -> s.main.reviewState = ReviewState.PENDING_REVIEW, PENDING_REVIEW),
                rule("a certificate pending review takes precedence over NON_COMPLIANT, deficiencies kept",
                        s -> {
                            s.main.policy(CoverageType.GL).limit(LimitKind.EACH_OCCURRENCE, usd(500_000));
                            s.certificate(AS_OF).reviewState = ReviewState.PENDING_REVIEW;
                        },
                        PENDING_REVIEW, "LIMIT_BELOW_MINIMUM GL EACH_OCCURRENCE required 1000000 found 500000"),
                rule("a certificate pending review takes precedence over EXPIRING",
                        s -> {
                            s.main.replace(Scenario.wcPolicy(A_YEAR_AGO, AS_OF.plusDays(10)));
                            s.certificate(AS_OF).reviewState = ReviewState.PENDING_REVIEW;
                        },
                        PENDING_REVIEW),
                rule("a certificate pending review leaves a COMPLIANT vendor COMPLIANT",
                        s -> s.certificate(AS_OF).reviewState = ReviewState.PENDING_REVIEW, COMPLIANT),
                rule("a pending certificate's data does not count",
                        s -> {
                            Scenario.Draft pending = s.certificate(AS_OF);
                            pending.reviewState = ReviewState.PENDING_REVIEW;
                            pending.policies.add(Scenario.glPolicy(A_YEAR_AGO, IN_A_YEAR)
                                    .limit(LimitKind.EACH_OCCURRENCE, usd(1)));
                        },
                        COMPLIANT),

                // lines the profile does not name, and optional ones
                rule("an optional line whose policy expired is nothing",
                        s -> s.main.policies.add(Scenario.umbrellaPolicy(CoverageType.UMBRELLA, usd(1),
                                A_YEAR_AGO, AS_OF.minusDays(1))),
                        COMPLIANT),
                rule("a line the profile does not name is ignored",
                        s -> s.main.policies.add(new Policy(CoverageType.OTHER, PolicyNumber.of("CY-1"), new PolicyTerm(A_YEAR_AGO, AS_OF.minusDays(1)))
                                .coverageName("Cyber Liability").insurer("C", "Unlisted", Scenario.UNLISTED)
                                .limit(LimitKind.EACH_OCCURRENCE, usd(1))),
                        COMPLIANT),
                rule("several deficiencies come in the profile's order of lines, then in the order of checks",
                        s -> {
                            s.main.policy(CoverageType.WC).wcStatutory(false);
                            s.main.policy(CoverageType.GL).endorsements(new Endorsements(false, false, false))
                                    .form(PolicyForm.CLAIMS_MADE).limit(LimitKind.GENERAL_AGGREGATE, usd(1));
                            s.main.policy(CoverageType.AUTO).limit(LimitKind.COMBINED_SINGLE_LIMIT, usd(1));
                        },
                        NON_COMPLIANT, "FORM_NOT_ACCEPTED GL",
                        "LIMIT_BELOW_MINIMUM GL GENERAL_AGGREGATE required 2000000 found 1",
                        "ADDITIONAL_INSURED_MISSING GL", "WAIVER_OF_SUBROGATION_MISSING GL",
                        "LIMIT_BELOW_MINIMUM AUTO COMBINED_SINGLE_LIMIT required 1000000 found 1",
                        "LIMIT_BELOW_MINIMUM WC"));
    }

    /** GL at 1M against a 2M each-occurrence minimum, with an umbrella or excess policy over it. */
    private static void umbrellaOverGl(Scenario s, boolean allowed, CoverageType type, BigDecimal eachOccurrence,
            LocalDate umbrellaExpires) {
        s.profile.setUmbrellaMayMakeUpShortfall(allowed);
        s.gl.minimum(LimitKind.EACH_OCCURRENCE, TWO_MILLION);
        s.main.policies.add(Scenario.umbrellaPolicy(type, eachOccurrence, umbrellaExpires.minusYears(1), umbrellaExpires));
    }

    private static Arguments rule(String name, Consumer<Scenario> spoil, ComplianceStatus status, String... deficiencies) {
        return Arguments.of(name, spoil, status, List.of(deficiencies));
    }

    static String describe(Deficiency d) {
        StringBuilder text = new StringBuilder().append(d.kind()).append(' ').append(d.coverage());
        if (d.coverageName() != null) {
            text.append('/').append(d.coverageName());
        }
        if (d.limitKind() != null) {
            text.append(' ').append(d.limitKind());
        }
        if (d.required() != null) {
            text.append(" required ").append(d.required().stripTrailingZeros().toPlainString());
        }
        if (d.found() != null) {
            text.append(" found ").append(d.found().stripTrailingZeros().toPlainString());
        }
        if (d.waived()) {
            text.append(" waived");
        }
        return text.toString();
    }
}
