package org.opencoi.compliance.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencoi.compliance.domain.Scenario.AS_OF;
import static org.opencoi.compliance.domain.Scenario.usd;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opencoi.shared.domain.AutoSymbol;
import org.opencoi.shared.domain.ComplianceStatus;
import org.opencoi.shared.domain.CoverageType;
import org.opencoi.shared.domain.Endorsements;
import org.opencoi.shared.domain.LimitKind;
import org.opencoi.shared.domain.PolicyForm;

/** What a decision names besides its status: its inputs, its messages, and that it can be made again. */
class ComplianceDecisionTest {

    @Test
    void namesTheProfileVersionAndTheInputsItRestsOn() {
        Scenario scenario = new Scenario();
        scenario.main.remove(CoverageType.WC);
        scenario.certificate(AS_OF.minusMonths(1)).policies.add(Scenario.wcPolicy(AS_OF.minusMonths(1), AS_OF.plusMonths(11)));
        scenario.main.policy(CoverageType.GL).endorsements(new Endorsements(false, true, false));
        scenario.waive(DeficiencyKind.ADDITIONAL_INSURED_MISSING, CoverageLine.of(CoverageType.GL), null, AS_OF);

        ComplianceDecision decision = scenario.decide();

        assertThat(decision.status()).isEqualTo(ComplianceStatus.COMPLIANT);
        assertThat(decision.vendorId()).isEqualTo(1L);
        assertThat(decision.profileId()).isEqualTo(7L);
        assertThat(decision.profileVersion()).isEqualTo(1);
        assertThat(decision.asOf()).isEqualTo(AS_OF);
        assertThat(decision.certificateIds()).as("newest first").containsExactly(2L, 1L);
        assertThat(decision.policyIds()).containsExactly(101L, 102L, 103L, 201L);
        assertThat(decision.waiverIds()).containsExactly(901L);
        assertThat(decision.deficiencies()).singleElement()
                .satisfies(d -> assertThat(d.waiverReason()).isEqualTo("Broker confirmed the renewal binder"));
    }

    @Test
    void itsDigestSumsUpWhatItFoundOnWhichInputsButNotTheDay() {
        Scenario scenario = new Scenario();
        ComplianceDecision decision = scenario.decide();
        ComplianceDecision nextDay = new ComplianceDecision(decision.vendorId(), decision.status(), AS_OF.plusDays(1),
                decision.profileId(), decision.profileVersion(), decision.deficiencies(), decision.certificateIds(),
                decision.policyIds(), decision.waiverIds());

        assertThat(decision.digest()).hasSize(64).isEqualTo(scenario.decide().digest()).isEqualTo(nextDay.digest());
        assertThat(Stream.of(
                new ComplianceDecision(decision.vendorId(), decision.status(), AS_OF, decision.profileId(),
                        decision.profileVersion() + 1, decision.deficiencies(), decision.certificateIds(),
                        decision.policyIds(), decision.waiverIds()),
                new ComplianceDecision(decision.vendorId(), decision.status(), AS_OF, decision.profileId(),
                        decision.profileVersion(), decision.deficiencies(), decision.certificateIds(),
                        List.of(999L), decision.waiverIds()),
                new ComplianceDecision(decision.vendorId(), ComplianceStatus.EXPIRING, AS_OF, decision.profileId(),
                        decision.profileVersion(), decision.deficiencies(), decision.certificateIds(),
                        decision.policyIds(), decision.waiverIds())))
                .as("another profile version, other policies, another status").extracting(ComplianceDecision::digest)
                .doesNotContain(decision.digest()).doesNotHaveDuplicates();

        scenario.main.policy(CoverageType.GL).limit(LimitKind.EACH_OCCURRENCE, usd(500_000));
        ComplianceDecision limitBelow = scenario.decide();
        scenario.main.policy(CoverageType.GL).limit(LimitKind.EACH_OCCURRENCE, usd(400_000));
        assertThat(scenario.decide().status()).isEqualTo(limitBelow.status());
        assertThat(scenario.decide().digest()).as("same status, another amount found").isNotEqualTo(limitBelow.digest());
    }

    @Test
    void itsDigestIsTheOneEarlierVersionsStoredForTheSameFindings() {
        ComplianceDecision decision = new ComplianceDecision(7L, ComplianceStatus.NON_COMPLIANT, AS_OF, 3L, 2,
                List.of(new Deficiency(DeficiencyKind.LIMIT_BELOW_MINIMUM, CoverageType.GL, null, LimitKind.EACH_OCCURRENCE,
                                new BigDecimal("1000000.00"), new BigDecimal("499999.50"),
                                "General liability each-occurrence limit is $499,999.50, below $1,000,000.", false, null),
                        new Deficiency(DeficiencyKind.MISSING_COVERAGE, CoverageType.OTHER, "Cyber", null, null, null,
                                "No certificate on file shows Cyber; the profile requires it.", true, "Not needed, [see] file")),
                List.of(12L, 11L), List.of(101L, 102L), List.of(901L));

        assertThat(decision.digest())
                .as("the SHA-256 of the text earlier versions hashed (the lists' and records' toString)")
                .isEqualTo("14ab904ee17ebe380f51a2425a6e84d531ef5469c6b07dc2df0bd40c36694210");
        assertThat(new ComplianceDecision(7L, ComplianceStatus.NO_CERTIFICATE, AS_OF, null, 0, List.of(), List.of(),
                List.of(), List.of()).digest())
                .isEqualTo("6af152dd7d1a35da989b0046c14203fca531632c94a31946211f745bce027282");
    }

    @Test
    void sameInputsGiveTheSameDecisionWhateverOrderTheCertificatesComeIn() {
        Scenario scenario = new Scenario();
        scenario.main.policy(CoverageType.GL).limit(LimitKind.EACH_OCCURRENCE, usd(500_000));
        scenario.certificate(AS_OF.minusDays(3)).policies.add(
                Scenario.autoPolicy(AS_OF.minusDays(3), AS_OF.plusDays(20)).autoSymbols(Set.of(AutoSymbol.HIRED)));
        scenario.certificate(AS_OF.minusDays(3)).policies.add(
                Scenario.wcPolicy(AS_OF.minusDays(3), AS_OF.plusDays(20)).wcStatutory(false));
        VendorSnapshot vendor = scenario.vendor();
        List<CertificateSnapshot> reversed = new ArrayList<>(vendor.certificates());
        Collections.reverse(reversed);
        VendorSnapshot sameVendorListedOtherwise = new VendorSnapshot(vendor.id(), vendor.name(), reversed, vendor.waivers());
        ComplianceEngine engine = new ComplianceEngine(InsurerRatings.from(scenario.insurers));

        ComplianceDecision first = engine.decide(vendor, scenario.profileSnapshot(), AS_OF);
        ComplianceDecision again = engine.decide(vendor, scenario.profileSnapshot(), AS_OF);
        ComplianceDecision otherOrder = engine.decide(sameVendorListedOtherwise, scenario.profileSnapshot(), AS_OF);

        assertThat(first.deficiencies()).hasSize(3);
        assertThat(again).isEqualTo(first);
        assertThat(otherOrder).isEqualTo(first);
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("messages")
    void explainsEachDeficiencyInOneSentence(Consumer<Scenario> spoil, String message) {
        Scenario scenario = new Scenario();
        spoil.accept(scenario);

        assertThat(scenario.decide().deficiencies()).extracting(Deficiency::message).containsExactly(message);
    }

    static Stream<Arguments> messages() {
        LocalDate aYearAgo = AS_OF.minusYears(1);
        return Stream.of(
                message(s -> s.main.policy(CoverageType.GL).limit(LimitKind.EACH_OCCURRENCE, usd(500_000)),
                        "General liability each-occurrence limit is $500,000; the profile requires $1,000,000."),
                message(s -> s.main.policy(CoverageType.WC).limit(LimitKind.EL_EACH_ACCIDENT, new BigDecimal("499999.50")),
                        "Employers' liability each-accident limit is $499,999.50; the profile requires $1,000,000."),
                message(s -> {
                    s.profile.setUmbrellaMayMakeUpShortfall(true);
                    s.gl.minimum(LimitKind.EACH_OCCURRENCE, usd(3_000_000));
                    s.main.policies.add(Scenario.umbrellaPolicy(CoverageType.UMBRELLA, usd(1_000_000), aYearAgo, AS_OF.plusYears(1)));
                }, "General liability each-occurrence limit is $1,000,000, $2,000,000 with the umbrella;"
                        + " the profile requires $3,000,000."),
                message(s -> s.main.remove(CoverageType.OTHER),
                        "No certificate on file shows Professional Liability; the profile requires it."),
                message(s -> s.main.replace(Scenario.glPolicy(aYearAgo.minusDays(1), AS_OF.minusDays(1))),
                        "General liability policy GL-2024-06-14 expired on June 14, 2025."),
                message(s -> s.main.replace(Scenario.glPolicy(AS_OF.plusDays(16), AS_OF.plusYears(1))),
                        "General liability policy GL-2025-07-01 does not take effect until July 1, 2025."),
                message(s -> s.main.policy(CoverageType.GL).form(PolicyForm.CLAIMS_MADE),
                        "General liability is written on a claims-made form; the profile accepts occurrence forms only."),
                message(s -> s.main.policy(CoverageType.AUTO).autoSymbols(Set.of(AutoSymbol.HIRED)),
                        "Automobile liability covers hired autos only; the profile accepts any auto,"
                                + " or hired autos and non-owned autos together."),
                message(s -> s.main.policy(CoverageType.WC).wcStatutory(false),
                        "Workers' compensation is not shown at statutory limits (PER STATUTE); the profile requires it."),
                message(s -> s.main.policy(CoverageType.GL).endorsements(new Endorsements(false, true, false)),
                        "General liability does not name the certificate holder as additional insured;"
                                + " the profile requires it."),
                message(s -> s.main.policy(CoverageType.GL).deductible(usd(50_000)),
                        "General liability deductible is $50,000; the profile allows at most $25,000."),
                message(s -> s.main.policy(CoverageType.GL).insurer("C", "Shaky Mutual", Scenario.SHAKY_MUTUAL),
                        "The insurer of general liability, Shaky Mutual (NAIC 10101), is rated B+ by AM Best in"
                                + " financial size category VI; the profile requires A- or better and financial size"
                                + " category VII or larger."),
                message(s -> s.main.policy(CoverageType.GL).insurer("C", "Unlisted Casualty", Scenario.UNLISTED),
                        "The insurer of general liability, Unlisted Casualty (NAIC 99999), is not in the insurer table,"
                                + " so its AM Best rating cannot be checked; the profile requires A- or better and"
                                + " financial size category VII or larger."),
                message(s -> {
                    s.main.remove(CoverageType.AUTO);
                    s.main.remove(CoverageType.WC);
                    s.main.remove(CoverageType.OTHER);
                    s.auto.optional();
                    s.wc.optional();
                    s.professional.optional();
                    s.main.holder = "Someone Else Inc";
                }, "The certificate showing general liability names \"Someone Else Inc\" as certificate holder;"
                        + " the profile requires \"OpenCOI Demo Corporation\"."));
    }

    private static Arguments message(Consumer<Scenario> spoil, String message) {
        return Arguments.of(spoil, message);
    }
}
