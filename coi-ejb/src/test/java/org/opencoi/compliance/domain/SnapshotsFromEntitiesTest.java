package org.opencoi.compliance.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencoi.compliance.domain.Scenario.AS_OF;
import static org.opencoi.compliance.domain.Scenario.ONE_MILLION;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opencoi.certificate.domain.Certificate;
import org.opencoi.certificate.domain.CertificateSource;
import org.opencoi.certificate.domain.Insurer;
import org.opencoi.certificate.domain.Policy;
import org.opencoi.requirement.domain.CoverageRequirement;
import org.opencoi.requirement.domain.RequirementProfile;
import org.opencoi.shared.domain.AcceptedAutoSymbols;
import org.opencoi.shared.domain.AmBestRating;
import org.opencoi.shared.domain.AutoSymbol;
import org.opencoi.shared.domain.CoverageType;
import org.opencoi.shared.domain.Endorsements;
import org.opencoi.shared.domain.ErpKey;
import org.opencoi.shared.domain.FinancialSizeCategory;
import org.opencoi.shared.domain.LimitKind;
import org.opencoi.shared.domain.Money;
import org.opencoi.shared.domain.NaicCode;
import org.opencoi.shared.domain.PolicyForm;
import org.opencoi.shared.domain.PolicyNumber;
import org.opencoi.shared.domain.PolicyTerm;
import org.opencoi.shared.domain.ReviewState;
import org.opencoi.vendor.domain.Vendor;

/** The engine's inputs read the stored entities through their public getters only. */
class SnapshotsFromEntitiesTest {

    private static final Instant RECEIVED = Instant.parse("2025-06-01T10:00:00Z");

    private final Vendor vendor = new Vendor(ErpKey.of("ERP", "V-1"), "Acme Electrical Contractors LLC", RECEIVED);

    @Test
    void aPolicyKeepsItsLineTermFormEndorsementsSymbolsAndLimits() {
        Policy policy = new Policy(CoverageType.OTHER, PolicyNumber.of("PL-1"), new PolicyTerm(AS_OF, AS_OF.plusYears(1)))
                .coverageName("Professional Liability")
                .insurer("B", "Arch Insurance Company", NaicCode.of("11150"))
                .form(PolicyForm.CLAIMS_MADE)
                .endorsements(new Endorsements(true, false, true))
                .wcStatutory(false)
                .deductible(new BigDecimal("5000.00"))
                .autoSymbols(EnumSet.of(AutoSymbol.HIRED))
                .limit(LimitKind.EACH_OCCURRENCE, ONE_MILLION);

        PolicySnapshot snapshot = PolicySnapshot.from(policy);

        assertThat(snapshot.line()).isEqualTo(CoverageLine.other("Professional Liability"));
        assertThat(snapshot.policyNumber()).isEqualTo(PolicyNumber.of("PL-1"));
        assertThat(snapshot.insurerName()).isEqualTo("Arch Insurance Company");
        assertThat(snapshot.insurerNaic()).isEqualTo(NaicCode.of("11150"));
        assertThat(snapshot.term().effective()).isEqualTo(AS_OF);
        assertThat(snapshot.term().expiration()).isEqualTo(AS_OF.plusYears(1));
        assertThat(snapshot.form()).isEqualTo(PolicyForm.CLAIMS_MADE);
        assertThat(snapshot.endorsements().additionalInsured()).isTrue();
        assertThat(snapshot.endorsements().waiverOfSubrogation()).isFalse();
        assertThat(snapshot.endorsements().primaryNonContributory()).isTrue();
        assertThat(snapshot.deductible()).isEqualByComparingTo("5000");
        assertThat(snapshot.autoSymbols()).containsExactly(AutoSymbol.HIRED);
        assertThat(snapshot.limits().of(LimitKind.EACH_OCCURRENCE)).contains(Money.of(ONE_MILLION));
        assertThat(snapshot.limits().of(LimitKind.GENERAL_AGGREGATE)).isEmpty();
    }

    @Test
    void aPolicyIsInForceFromItsEffectiveDateUntilTheDayBeforeItsExpirationDate() {
        PolicySnapshot policy = PolicySnapshot.from(
                new Policy(CoverageType.GL, PolicyNumber.of("GL-1"), new PolicyTerm(AS_OF, AS_OF.plusDays(10))));

        assertThat(policy.term().inForceOn(AS_OF.minusDays(1))).isFalse();
        assertThat(policy.term().inForceOn(AS_OF)).isTrue();
        assertThat(policy.term().inForceOn(AS_OF.plusDays(9))).isTrue();
        assertThat(policy.term().inForceOn(AS_OF.plusDays(10))).isFalse();
    }

    @Test
    void aCertificateKeepsItsPartiesReviewStateAndPolicies() {
        Certificate certificate = new Certificate(vendor, CertificateSource.UPLOAD, null, RECEIVED);
        certificate.nameParties("Harbor Risk Partners", "Acme Electrical Contractors LLC", "OpenCOI Demo Corp");
        certificate.describeOperations("Electrical work", AS_OF.minusDays(20));
        certificate.addPolicy(new Policy(CoverageType.GL, PolicyNumber.of("GL-1"), new PolicyTerm(AS_OF, AS_OF.plusYears(1))));
        certificate.addPolicy(new Policy(CoverageType.WC, PolicyNumber.of("WC-1"), new PolicyTerm(AS_OF, AS_OF.plusYears(1))));
        certificate.sendToReview("insurer unreadable");

        CertificateSnapshot snapshot = CertificateSnapshot.from(certificate);

        assertThat(snapshot.reviewState()).isEqualTo(ReviewState.PENDING_REVIEW);
        assertThat(snapshot.awaitsReview()).isTrue();
        assertThat(snapshot.countsForDecisions()).isFalse();
        assertThat(snapshot.insured().text()).isEqualTo("Acme Electrical Contractors LLC");
        assertThat(snapshot.holder().matches(CompanyName.of("OpenCOI Demo Corporation"))).isTrue();
        assertThat(snapshot.issuedOn()).isEqualTo(AS_OF.minusDays(20));
        assertThat(snapshot.receivedAt()).isEqualTo(RECEIVED);
        assertThat(snapshot.policies()).extracting(PolicySnapshot::policyNumber)
                .containsExactly(PolicyNumber.of("GL-1"), PolicyNumber.of("WC-1"));
    }

    @Test
    void aVendorListsItsCertificatesNewestFirstByIssueDateThenReceipt() {
        Certificate undated = certificate(null, RECEIVED.plusSeconds(300));
        Certificate older = certificate(AS_OF.minusDays(30), RECEIVED.plusSeconds(200));
        Certificate newer = certificate(AS_OF.minusDays(2), RECEIVED);
        Certificate newerReceivedLater = certificate(AS_OF.minusDays(2), RECEIVED.plusSeconds(100));
        Waiver waiver = new Waiver(1L, DeficiencyKind.HOLDER_MISMATCH, CoverageLine.of(CoverageType.GL), null,
                AS_OF, AS_OF.plusDays(30), "Holder is our subsidiary");

        VendorSnapshot snapshot = VendorSnapshot.from(vendor, List.of(undated, older, newer, newerReceivedLater),
                List.of(waiver));

        assertThat(snapshot.name().text()).isEqualTo("Acme Electrical Contractors LLC");
        assertThat(snapshot.certificates()).extracting(CertificateSnapshot::receivedAt).containsExactly(
                newerReceivedLater.getReceivedAt(), newer.getReceivedAt(), older.getReceivedAt(), undated.getReceivedAt());
        assertThat(snapshot.waivers()).containsExactly(waiver);
    }

    @Test
    void aProfileKeepsItsRulesAndItsLinesInOrder() {
        RequirementProfile profile = new RequirementProfile("High-risk on-site trades", RECEIVED);
        profile.setExpiringWindowDays(45);
        profile.setRequiredHolderName("OpenCOI Demo Corporation");
        profile.setUmbrellaMayMakeUpShortfall(true);
        profile.setMinimumInsurer(AmBestRating.A_MINUS, FinancialSizeCategory.VIII);
        profile.require(new CoverageRequirement(CoverageType.GL, null)
                .minimum(LimitKind.GENERAL_AGGREGATE, ONE_MILLION)
                .minimum(LimitKind.EACH_OCCURRENCE, ONE_MILLION)
                .acceptForms(true, false)
                .endorsements(true, false, true)
                .maximumDeductible(new BigDecimal("25000")));
        profile.require(new CoverageRequirement(CoverageType.AUTO, null)
                .acceptedAutoSymbols(AcceptedAutoSymbols.parse("ANY|HIRED+NON_OWNED")));
        profile.require(new CoverageRequirement(CoverageType.OTHER, "Cyber").optional().wcStatutory(false));

        ProfileSnapshot snapshot = ProfileSnapshot.from(profile);

        assertThat(snapshot.versionNumber()).isEqualTo(1);
        assertThat(snapshot.expiringWindowDays()).isEqualTo(45);
        assertThat(snapshot.requiredHolder().text()).isEqualTo("OpenCOI Demo Corporation");
        assertThat(snapshot.umbrellaMayMakeUpShortfall()).isTrue();
        assertThat(snapshot.minimumRating()).isEqualTo(AmBestRating.A_MINUS);
        assertThat(snapshot.minimumSize()).isEqualTo(FinancialSizeCategory.VIII);
        assertThat(snapshot.requirements()).extracting(RequirementSnapshot::line).containsExactly(
                CoverageLine.of(CoverageType.GL), CoverageLine.of(CoverageType.AUTO), CoverageLine.other("Cyber"));
        RequirementSnapshot gl = snapshot.requirements().get(0);
        assertThat(gl.required()).isTrue();
        assertThat(gl.acceptedForms()).containsExactly(PolicyForm.OCCURRENCE);
        assertThat(gl.additionalInsuredRequired()).isTrue();
        assertThat(gl.waiverOfSubrogationRequired()).isFalse();
        assertThat(gl.primaryNonContributoryRequired()).isTrue();
        assertThat(gl.maximumDeductible()).isEqualByComparingTo("25000");
        assertThat(gl.minimumLimits().kinds()).as("in limit kind order")
                .containsExactly(LimitKind.EACH_OCCURRENCE, LimitKind.GENERAL_AGGREGATE);
        assertThat(snapshot.requirements().get(1).acceptedAutoSymbols().alternatives()).containsExactly(
                Set.of(AutoSymbol.ANY), Set.of(AutoSymbol.HIRED, AutoSymbol.NON_OWNED));
        assertThat(snapshot.requirements().get(2).required()).isFalse();
    }

    @Test
    void aProfileWithoutAHolderNameRequiresNone() {
        RequirementProfile profile = new RequirementProfile("Office supplies", RECEIVED);
        profile.setRequiredHolderName(" ");

        assertThat(ProfileSnapshot.from(profile).requiredHolder()).isNull();
        assertThat(ProfileSnapshot.from(profile).setsMinimumInsurer()).isFalse();
    }

    @Test
    void theInsurerTableFindsInsurersByNaicCode() {
        InsurerRatings table = InsurerRatings.from(List.of(
                new Insurer(NaicCode.of("25658"), "Travelers Indemnity Company", AmBestRating.A_PLUS_PLUS, FinancialSizeCategory.XV, true)));

        assertThat(table.find(NaicCode.of("25658"))).hasValueSatisfying(insurer -> {
            assertThat(insurer.name()).isEqualTo("Travelers Indemnity Company");
            assertThat(insurer.meets(AmBestRating.A_MINUS, FinancialSizeCategory.VII)).isTrue();
        });
        assertThat(table.find(NaicCode.of("99999"))).isEmpty();
        assertThat(table.find(null)).isEmpty();
    }

    private Certificate certificate(LocalDate issuedOn, Instant receivedAt) {
        Certificate certificate = new Certificate(vendor, CertificateSource.UPLOAD, null, receivedAt);
        certificate.describeOperations(null, issuedOn);
        return certificate;
    }
}
