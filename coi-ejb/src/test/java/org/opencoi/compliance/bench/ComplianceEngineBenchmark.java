package org.opencoi.compliance.bench;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.opencoi.certificate.domain.Certificate;
import org.opencoi.certificate.domain.CertificateSource;
import org.opencoi.certificate.domain.Insurer;
import org.opencoi.certificate.domain.Policy;
import org.opencoi.compliance.domain.CertificateSnapshot;
import org.opencoi.compliance.domain.ComplianceDecision;
import org.opencoi.compliance.domain.ComplianceEngine;
import org.opencoi.compliance.domain.CoverageLine;
import org.opencoi.compliance.domain.InsurerRatings;
import org.opencoi.compliance.domain.PolicySnapshot;
import org.opencoi.compliance.domain.ProfileSnapshot;
import org.opencoi.compliance.domain.VendorSnapshot;
import org.opencoi.requirement.domain.CoverageRequirement;
import org.opencoi.requirement.domain.RequirementProfile;
import org.opencoi.shared.domain.AcceptedAutoSymbols;
import org.opencoi.shared.domain.AmBestRating;
import org.opencoi.shared.domain.AutoSymbol;
import org.opencoi.shared.domain.ComplianceStatus;
import org.opencoi.shared.domain.CoverageType;
import org.opencoi.shared.domain.Endorsements;
import org.opencoi.shared.domain.ErpKey;
import org.opencoi.shared.domain.FinancialSizeCategory;
import org.opencoi.shared.domain.LimitKind;
import org.opencoi.shared.domain.NaicCode;
import org.opencoi.shared.domain.PolicyForm;
import org.opencoi.shared.domain.PolicyNumber;
import org.opencoi.shared.domain.PolicyTerm;
import org.opencoi.vendor.domain.Vendor;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * Decisions per second on one thread for a vendor with 4 certificates and 8 policies against a
 * 12-line profile, once compliant and once with deficiencies (whose messages cost the most), next to
 * a floor that only walks the same inputs and indexes the policies by line. Run with
 * {@code mvn -pl coi-ejb -Pbenchmark verify} (see the benchmark profile in coi-ejb/pom.xml).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
public class ComplianceEngineBenchmark {

    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 15);
    private static final BigDecimal ONE_MILLION = BigDecimal.valueOf(1_000_000);
    private static final BigDecimal TWO_MILLION = BigDecimal.valueOf(2_000_000);
    private static final String HOLDER = "OpenCOI Demo Corporation";
    private static final String VENDOR = "Acme Electrical Contractors LLC";

    private ComplianceEngine engine;
    private ProfileSnapshot profile;
    private VendorSnapshot compliantVendor;
    private VendorSnapshot deficientVendor;

    @Setup
    public void prepare() {
        engine = new ComplianceEngine(InsurerRatings.from(List.of(
                new Insurer(NaicCode.of("25658"), "Travelers Indemnity Company", AmBestRating.A_PLUS_PLUS, FinancialSizeCategory.XV, true),
                new Insurer(NaicCode.of("11150"), "Arch Insurance Company", AmBestRating.A_PLUS, FinancialSizeCategory.XV, true),
                new Insurer(NaicCode.of("10101"), "Shaky Mutual", AmBestRating.B_PLUS, FinancialSizeCategory.VI, true))));
        profile = ProfileSnapshot.from(twelveLineProfile());
        compliantVendor = vendor(ONE_MILLION, HOLDER, NaicCode.of("25658"));
        deficientVendor = vendor(BigDecimal.valueOf(500_000), "Someone Else Inc", NaicCode.of("10101"));
        check(engine.decide(compliantVendor, profile, AS_OF), ComplianceStatus.COMPLIANT);
        check(engine.decide(deficientVendor, profile, AS_OF), ComplianceStatus.NON_COMPLIANT);
    }

    @Benchmark
    public ComplianceDecision decideCompliantVendor() {
        return engine.decide(compliantVendor, profile, AS_OF);
    }

    @Benchmark
    public ComplianceDecision decideNonCompliantVendor() {
        return engine.decide(deficientVendor, profile, AS_OF);
    }

    /** The floor: walk the same certificates and index their policies in force by line, nothing more. */
    @Benchmark
    public Map<CoverageLine, PolicySnapshot> floorIndexPoliciesByLine() {
        Map<CoverageLine, PolicySnapshot> byLine = new HashMap<>();
        for (CertificateSnapshot certificate : compliantVendor.certificates()) {
            if (certificate.countsForDecisions()) {
                for (PolicySnapshot policy : certificate.policies()) {
                    if (policy.term().inForceOn(AS_OF)) {
                        byLine.putIfAbsent(policy.line(), policy);
                    }
                }
            }
        }
        return byLine;
    }

    private static void check(ComplianceDecision decision, ComplianceStatus expected) {
        if (decision.status() != expected) {
            throw new IllegalStateException("benchmark inputs decide " + decision + ", not " + expected);
        }
    }

    /** Eight required lines (GL, auto, umbrella, WC, EL, professional, cyber, property) and four optional ones. */
    private static RequirementProfile twelveLineProfile() {
        RequirementProfile profile = new RequirementProfile("High-risk on-site trades", Instant.parse("2025-01-01T00:00:00Z"));
        profile.setRequiredHolderName(HOLDER);
        profile.setUmbrellaMayMakeUpShortfall(true);
        profile.setMinimumInsurer(AmBestRating.A_MINUS, FinancialSizeCategory.VII);
        profile.require(new CoverageRequirement(CoverageType.GL, null)
                .minimum(LimitKind.EACH_OCCURRENCE, TWO_MILLION)
                .minimum(LimitKind.GENERAL_AGGREGATE, TWO_MILLION)
                .minimum(LimitKind.PRODUCTS_COMPLETED_OPS_AGGREGATE, TWO_MILLION)
                .acceptForms(true, false)
                .endorsements(true, true, true)
                .maximumDeductible(BigDecimal.valueOf(25_000)));
        profile.require(new CoverageRequirement(CoverageType.AUTO, null)
                .minimum(LimitKind.COMBINED_SINGLE_LIMIT, ONE_MILLION)
                .acceptedAutoSymbols(AcceptedAutoSymbols.parse("ANY|HIRED+NON_OWNED"))
                .endorsements(true, true, false));
        profile.require(new CoverageRequirement(CoverageType.UMBRELLA, null)
                .minimum(LimitKind.UMBRELLA_EACH_OCCURRENCE, ONE_MILLION));
        profile.require(new CoverageRequirement(CoverageType.WC, null)
                .wcStatutory(true)
                .endorsements(false, true, false));
        profile.require(new CoverageRequirement(CoverageType.EL, null)
                .minimum(LimitKind.EL_EACH_ACCIDENT, ONE_MILLION)
                .minimum(LimitKind.EL_DISEASE_EACH_EMPLOYEE, ONE_MILLION)
                .minimum(LimitKind.EL_DISEASE_POLICY_LIMIT, ONE_MILLION));
        profile.require(new CoverageRequirement(CoverageType.OTHER, "Professional Liability")
                .minimum(LimitKind.EACH_OCCURRENCE, ONE_MILLION));
        profile.require(new CoverageRequirement(CoverageType.OTHER, "Cyber Liability")
                .minimum(LimitKind.EACH_OCCURRENCE, ONE_MILLION));
        profile.require(new CoverageRequirement(CoverageType.OTHER, "Property")
                .minimum(LimitKind.EACH_OCCURRENCE, ONE_MILLION));
        for (String optional : List.of("Pollution Liability", "Crime", "Liquor Liability", "Inland Marine")) {
            profile.require(new CoverageRequirement(CoverageType.OTHER, optional)
                    .minimum(LimitKind.EACH_OCCURRENCE, ONE_MILLION)
                    .optional());
        }
        return profile;
    }

    /** Four certificates of two policies each; the GL each-occurrence limit, holder and GL insurer vary. */
    private static VendorSnapshot vendor(BigDecimal glEachOccurrence, String holder, NaicCode glInsurerNaic) {
        Vendor vendor = new Vendor(ErpKey.of("ERP", "V-1"), VENDOR, Instant.parse("2024-01-01T00:00:00Z"));
        LocalDate effective = AS_OF.minusMonths(3);
        LocalDate expiration = AS_OF.plusMonths(9);
        Certificate first = certificate(vendor, HOLDER, 40);
        first.addPolicy(new Policy(CoverageType.GL, PolicyNumber.of("GL-1"), new PolicyTerm(effective, expiration))
                .insurer("A", "Insurer", glInsurerNaic).form(PolicyForm.OCCURRENCE).endorsements(new Endorsements(true, true, true))
                .deductible(BigDecimal.valueOf(10_000))
                .limit(LimitKind.EACH_OCCURRENCE, glEachOccurrence)
                .limit(LimitKind.GENERAL_AGGREGATE, TWO_MILLION)
                .limit(LimitKind.PRODUCTS_COMPLETED_OPS_AGGREGATE, TWO_MILLION));
        first.addPolicy(new Policy(CoverageType.AUTO, PolicyNumber.of("CA-1"), new PolicyTerm(effective, expiration))
                .insurer("A", "Travelers", NaicCode.of("25658")).endorsements(new Endorsements(true, true, false))
                .autoSymbols(EnumSet.of(AutoSymbol.HIRED, AutoSymbol.NON_OWNED))
                .limit(LimitKind.COMBINED_SINGLE_LIMIT, ONE_MILLION));
        Certificate second = certificate(vendor, holder, 30);
        second.addPolicy(new Policy(CoverageType.UMBRELLA, PolicyNumber.of("UMB-1"), new PolicyTerm(effective, expiration))
                .insurer("A", "Travelers", NaicCode.of("25658")).form(PolicyForm.OCCURRENCE)
                .limit(LimitKind.UMBRELLA_EACH_OCCURRENCE, ONE_MILLION)
                .limit(LimitKind.UMBRELLA_AGGREGATE, ONE_MILLION));
        second.addPolicy(new Policy(CoverageType.WC, PolicyNumber.of("WC-1"), new PolicyTerm(effective, expiration))
                .insurer("B", "Arch", NaicCode.of("11150")).wcStatutory(true).endorsements(new Endorsements(false, true, false))
                .limit(LimitKind.EL_EACH_ACCIDENT, ONE_MILLION)
                .limit(LimitKind.EL_DISEASE_EACH_EMPLOYEE, ONE_MILLION)
                .limit(LimitKind.EL_DISEASE_POLICY_LIMIT, ONE_MILLION));
        Certificate third = certificate(vendor, HOLDER, 20);
        third.addPolicy(other("Professional Liability", effective, expiration));
        third.addPolicy(other("cyber liability", effective, expiration));
        Certificate fourth = certificate(vendor, HOLDER, 10);
        fourth.addPolicy(other("PROPERTY", effective, expiration));
        fourth.addPolicy(other("Pollution Liability", effective, expiration));
        return VendorSnapshot.from(vendor, List.of(first, second, third, fourth), List.of());
    }

    private static Policy other(String name, LocalDate effective, LocalDate expiration) {
        return new Policy(CoverageType.OTHER, PolicyNumber.of(name.substring(0, 3) + "-1"), new PolicyTerm(effective, expiration))
                .coverageName(name).insurer("B", "Arch", NaicCode.of("11150")).form(PolicyForm.CLAIMS_MADE)
                .limit(LimitKind.EACH_OCCURRENCE, ONE_MILLION);
    }

    private static Certificate certificate(Vendor vendor, String holder, int daysAgo) {
        LocalDate issuedOn = AS_OF.minusDays(daysAgo);
        Certificate certificate = new Certificate(vendor, CertificateSource.UPLOAD, null,
                issuedOn.atStartOfDay().toInstant(ZoneOffset.UTC));
        certificate.nameParties("Harbor Risk Partners", VENDOR, holder);
        certificate.describeOperations("Electrical work", issuedOn);
        return certificate;
    }
}
