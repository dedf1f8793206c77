package org.opencoi.compliance.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.opencoi.certificate.domain.Insurer;
import org.opencoi.certificate.domain.Policy;
import org.opencoi.requirement.domain.CoverageRequirement;
import org.opencoi.requirement.domain.RequirementProfile;
import org.opencoi.shared.domain.AcceptedAutoSymbols;
import org.opencoi.shared.domain.AmBestRating;
import org.opencoi.shared.domain.AutoSymbol;
import org.opencoi.shared.domain.CoverageType;
import org.opencoi.shared.domain.Endorsements;
import org.opencoi.shared.domain.FinancialSizeCategory;
import org.opencoi.shared.domain.LimitKind;
import org.opencoi.shared.domain.NaicCode;
import org.opencoi.shared.domain.PolicyForm;
import org.opencoi.shared.domain.PolicyNumber;
import org.opencoi.shared.domain.PolicyTerm;
import org.opencoi.shared.domain.ReviewState;

/**
 * A vendor that meets a typical on-site contractor profile on {@link #AS_OF}, built from the real
 * entities, for each test case to spoil in one way. Certificates are numbered 1, 2, ... in the order
 * they are added, policies 101, 102, ... on certificate 1, 201, ... on certificate 2.
 */
final class Scenario {

    static final LocalDate AS_OF = LocalDate.of(2025, 6, 15);
    static final String VENDOR = "Acme Electrical Contractors LLC";
    static final String HOLDER = "OpenCOI Demo Corporation";
    /** A++ XV. */
    static final NaicCode TRAVELERS = NaicCode.of("25658");
    /** A+ XV. */
    static final NaicCode ARCH = NaicCode.of("11150");
    /** B+ VI: below the profile's A- VII. */
    static final NaicCode SHAKY_MUTUAL = NaicCode.of("10101");
    /** A, but size V: too small for the profile's VII. */
    static final NaicCode SMALL_BUT_SOUND = NaicCode.of("20202");
    /** In no insurer table. */
    static final NaicCode UNLISTED = NaicCode.of("99999");

    static final BigDecimal ONE_MILLION = usd(1_000_000);
    static final BigDecimal TWO_MILLION = usd(2_000_000);

    final RequirementProfile profile = new RequirementProfile("On-site contractor", Instant.parse("2025-01-01T00:00:00Z"));
    final CoverageRequirement gl = profile.require(new CoverageRequirement(CoverageType.GL, null)
            .minimum(LimitKind.EACH_OCCURRENCE, ONE_MILLION)
            .minimum(LimitKind.GENERAL_AGGREGATE, TWO_MILLION)
            .acceptForms(true, false)
            .endorsements(true, true, false)
            .maximumDeductible(usd(25_000)));
    final CoverageRequirement auto = profile.require(new CoverageRequirement(CoverageType.AUTO, null)
            .minimum(LimitKind.COMBINED_SINGLE_LIMIT, ONE_MILLION)
            .acceptedAutoSymbols(AcceptedAutoSymbols.parse("ANY|HIRED+NON_OWNED")));
    final CoverageRequirement umbrella = profile.require(new CoverageRequirement(CoverageType.UMBRELLA, null)
            .minimum(LimitKind.UMBRELLA_EACH_OCCURRENCE, ONE_MILLION)
            .optional());
    final CoverageRequirement wc = profile.require(new CoverageRequirement(CoverageType.WC, null)
            .wcStatutory(true)
            .minimum(LimitKind.EL_EACH_ACCIDENT, ONE_MILLION));
    final CoverageRequirement professional = profile.require(
            new CoverageRequirement(CoverageType.OTHER, "Professional Liability")
                    .minimum(LimitKind.EACH_OCCURRENCE, ONE_MILLION));

    final List<Insurer> insurers = new ArrayList<>(List.of(
            new Insurer(TRAVELERS, "Travelers Indemnity Company", AmBestRating.A_PLUS_PLUS, FinancialSizeCategory.XV, true),
            new Insurer(ARCH, "Arch Insurance Company", AmBestRating.A_PLUS, FinancialSizeCategory.XV, true),
            new Insurer(SHAKY_MUTUAL, "Shaky Mutual", AmBestRating.B_PLUS, FinancialSizeCategory.VI, true),
            new Insurer(SMALL_BUT_SOUND, "Small But Sound Insurance", AmBestRating.A, FinancialSizeCategory.V, true)));

    final List<Draft> certificates = new ArrayList<>();
    final List<Waiver> waivers = new ArrayList<>();
    /** By policy id, what carrier verification found to differ. */
    final Map<Long, String> verificationFailures = new HashMap<>();
    final Draft main;
    LocalDate asOf = AS_OF;

    Scenario() {
        profile.setRequiredHolderName(HOLDER);
        profile.setMinimumInsurer(AmBestRating.A_MINUS, FinancialSizeCategory.VII);
        profile.setExpiringWindowDays(30);
        main = certificate(AS_OF.minusMonths(3));
        LocalDate effective = AS_OF.minusMonths(3);
        LocalDate expiration = AS_OF.plusMonths(9);
        main.policies.add(glPolicy(effective, expiration));
        main.policies.add(autoPolicy(effective, expiration));
        main.policies.add(wcPolicy(effective, expiration));
        main.policies.add(professionalPolicy(effective, expiration));
    }

    /** A general liability policy that meets the profile. */
    static Policy glPolicy(LocalDate effective, LocalDate expiration) {
        return new Policy(CoverageType.GL, PolicyNumber.of("GL-" + effective), new PolicyTerm(effective, expiration))
                .insurer("A", "Travelers Indemnity Company", TRAVELERS)
                .form(PolicyForm.OCCURRENCE)
                .endorsements(new Endorsements(true, true, false))
                .deductible(usd(10_000))
                .limit(LimitKind.EACH_OCCURRENCE, ONE_MILLION)
                .limit(LimitKind.GENERAL_AGGREGATE, TWO_MILLION);
    }

    static Policy autoPolicy(LocalDate effective, LocalDate expiration) {
        return new Policy(CoverageType.AUTO, PolicyNumber.of("CA-" + effective), new PolicyTerm(effective, expiration))
                .insurer("A", "Travelers Indemnity Company", TRAVELERS)
                .autoSymbols(EnumSet.of(AutoSymbol.ANY))
                .limit(LimitKind.COMBINED_SINGLE_LIMIT, ONE_MILLION);
    }

    static Policy wcPolicy(LocalDate effective, LocalDate expiration) {
        return new Policy(CoverageType.WC, PolicyNumber.of("WC-" + effective), new PolicyTerm(effective, expiration))
                .insurer("B", "Arch Insurance Company", ARCH)
                .wcStatutory(true)
                .limit(LimitKind.EL_EACH_ACCIDENT, ONE_MILLION)
                .limit(LimitKind.EL_DISEASE_EACH_EMPLOYEE, ONE_MILLION)
                .limit(LimitKind.EL_DISEASE_POLICY_LIMIT, ONE_MILLION);
    }

    /** Named in another case than the profile names it. */
    static Policy professionalPolicy(LocalDate effective, LocalDate expiration) {
        return new Policy(CoverageType.OTHER, PolicyNumber.of("PL-" + effective), new PolicyTerm(effective, expiration))
                .coverageName("professional liability")
                .insurer("B", "Arch Insurance Company", ARCH)
                .form(PolicyForm.CLAIMS_MADE)
                .limit(LimitKind.EACH_OCCURRENCE, ONE_MILLION);
    }

    static Policy umbrellaPolicy(CoverageType type, BigDecimal eachOccurrence, LocalDate effective, LocalDate expiration) {
        return new Policy(type, PolicyNumber.of("UMB-" + effective), new PolicyTerm(effective, expiration))
                .insurer("A", "Travelers Indemnity Company", TRAVELERS)
                .form(PolicyForm.OCCURRENCE)
                .limit(LimitKind.UMBRELLA_EACH_OCCURRENCE, eachOccurrence)
                .limit(LimitKind.UMBRELLA_AGGREGATE, eachOccurrence);
    }

    static BigDecimal usd(long dollars) {
        return BigDecimal.valueOf(dollars);
    }

    /** A further certificate issued (and received) on the given day, naming the right parties. */
    Draft certificate(LocalDate issuedOn) {
        Draft draft = new Draft(certificates.size() + 1, issuedOn);
        certificates.add(draft);
        return draft;
    }

    Waiver waive(DeficiencyKind kind, CoverageLine line, LimitKind limitKind, LocalDate until) {
        Waiver waiver = new Waiver(900L + waivers.size() + 1, kind, line, limitKind, AS_OF.minusDays(10), until,
                "Broker confirmed the renewal binder");
        waivers.add(waiver);
        return waiver;
    }

    ComplianceDecision decide() {
        return new ComplianceEngine(InsurerRatings.from(insurers)).decide(vendor(), profileSnapshot(), asOf);
    }

    VendorSnapshot vendor() {
        return new VendorSnapshot(1L, CompanyName.of(VENDOR),
                certificates.stream().map(Draft::snapshot).toList(), waivers, verificationFailures);
    }

    ProfileSnapshot profileSnapshot() {
        ProfileSnapshot read = ProfileSnapshot.from(profile);
        return new ProfileSnapshot(7L, read.versionNumber(), read.expiringWindowDays(), read.requiredHolder(),
                read.umbrellaMayMakeUpShortfall(), read.minimumRating(), read.minimumSize(), read.requirements());
    }

    /** A certificate as received, before it becomes a snapshot with ids. */
    static final class Draft {
        final long id;
        final LocalDate issuedOn;
        final List<Policy> policies = new ArrayList<>();
        String holder = HOLDER;
        String insured = VENDOR;
        ReviewState reviewState = ReviewState.ACCEPTED;

        private Draft(long id, LocalDate issuedOn) {
            this.id = id;
            this.issuedOn = issuedOn;
        }

        /** Puts the policy in place of the draft's policy of the same coverage type. */
        void replace(Policy policy) {
            policies.removeIf(p -> p.getCoverage() == policy.getCoverage());
            policies.add(policy);
        }

        void remove(CoverageType coverage) {
            policies.removeIf(p -> p.getCoverage() == coverage);
        }

        Policy policy(CoverageType coverage) {
            return policies.stream().filter(p -> p.getCoverage() == coverage).findFirst().orElseThrow();
        }

        CertificateSnapshot snapshot() {
            List<PolicySnapshot> read = new ArrayList<>();
            for (int i = 0; i < policies.size(); i++) {
                read.add(withId(PolicySnapshot.from(policies.get(i)), id * 100 + i + 1));
            }
            return new CertificateSnapshot(id, reviewState, CompanyName.of(insured), CompanyName.of(holder),
                    issuedOn, issuedOn.atTime(12, 0).toInstant(ZoneOffset.UTC), read);
        }

        private static PolicySnapshot withId(PolicySnapshot p, long id) {
            return new PolicySnapshot(id, p.line(), p.policyNumber(), p.insurerName(), p.insurerNaic(),
                    p.term(), p.form(), p.endorsements(), p.wcStatutory(), p.deductible(), p.autoSymbols(), p.limits());
        }
    }
}
