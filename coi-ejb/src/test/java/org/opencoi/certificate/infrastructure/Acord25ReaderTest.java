package org.opencoi.certificate.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.opencoi.certificate.domain.EndorsementWording;
import org.opencoi.certificate.domain.ExtractedCertificate;
import org.opencoi.certificate.domain.ExtractedPolicy;
import org.opencoi.certificate.domain.ExtractedValue;
import org.opencoi.certificate.domain.ExtractionMethod;
import org.opencoi.certificate.domain.Policy;
import org.opencoi.certificate.fixtures.Acord25Pdf;
import org.opencoi.certificate.fixtures.Acord25Pdf.DrawnTick;
import org.opencoi.certificate.fixtures.PdfSamples;
import org.opencoi.shared.domain.AutoSymbol;
import org.opencoi.shared.domain.CoverageType;
import org.opencoi.shared.domain.LimitKind;
import org.opencoi.shared.domain.NaicCode;
import org.opencoi.shared.domain.PolicyForm;

class Acord25ReaderTest {

    /** The ways one certificate reaches us, and how each is read. */
    enum Variant {
        FILLABLE(Acord25Pdf::fillable, ExtractionMethod.ACROFORM),
        XFA_HYBRID(Acord25Pdf::xfaHybrid, ExtractionMethod.ACROFORM),
        FLATTENED(Acord25Pdf::flattened, ExtractionMethod.TEXT_LAYOUT),
        PRINTED_TO_PDF(Acord25Pdf::printedToPdf, ExtractionMethod.TEXT_LAYOUT);

        private final Supplier<Acord25Pdf> pdf;
        private final ExtractionMethod method;

        Variant(Supplier<Acord25Pdf> pdf, ExtractionMethod method) {
            this.pdf = pdf;
            this.method = method;
        }
    }

    private final Acord25Reader reader = new Acord25Reader();

    @ParameterizedTest
    @EnumSource(Variant.class)
    void readsEverySectionOfACertificateHoweverItArrives(Variant variant) {
        ExtractedCertificate certificate = reader.read(variant.pdf.get().with(everySection()).build());

        assertThat(certificate.method()).isEqualTo(variant.method);
        assertThat(certificate.producer().name().value()).isEqualTo("Harbor Risk Partners LLC");
        assertThat(certificate.insured().name().value()).isEqualTo("Acme Electrical Contractors LLC");
        assertThat(certificate.insured().address().value()).isEqualTo("1200 Industrial Pkwy, Unit 7, Springfield IL 62701");
        assertThat(certificate.holder().name().value()).isEqualTo("OpenCOI Demo Corporation");
        assertThat(certificate.issueDate().value()).isEqualTo(LocalDate.of(2025, 3, 14));
        assertThat(certificate.certificateNumber().value()).isEqualTo("CERT-2025-0042");
        assertThat(certificate.descriptionOfOperations().value()).isEqualTo("Electrical work at all locations.");
        assertThat(certificate.insurers()).hasSize(2);
        assertThat(certificate.insurers().get(1).name().value()).isEqualTo("Arch Insurance Company");
        assertThat(certificate.insurers().get(1).naic().value()).isEqualTo(NaicCode.of("11150"));
        assertThat(certificate.policies()).extracting(ExtractedPolicy::coverage).containsExactly(
                CoverageType.GL, CoverageType.AUTO, CoverageType.EXCESS, CoverageType.WC, CoverageType.OTHER);

        ExtractedPolicy gl = certificate.policy(CoverageType.GL).orElseThrow();
        assertThat(gl.insurer().name().value()).isEqualTo("Travelers Indemnity Company");
        assertThat(gl.insurer().naic().value()).isEqualTo(NaicCode.of("25658"));
        assertThat(gl.policyNumber().value()).isEqualTo("GL-7733-2025");
        assertThat(gl.effectiveDate().value()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(gl.expirationDate().value()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(gl.form().value()).isEqualTo(PolicyForm.OCCURRENCE);
        assertThat(gl.additionalInsured().value()).isTrue();
        assertThat(gl.waiverOfSubrogation().value()).isFalse();
        assertThat(amounts(gl)).containsExactlyInAnyOrderEntriesOf(Map.of(
                LimitKind.EACH_OCCURRENCE, new BigDecimal("1000000"),
                LimitKind.DAMAGE_TO_RENTED_PREMISES, new BigDecimal("300000"),
                LimitKind.MEDICAL_EXPENSE, new BigDecimal("10000"),
                LimitKind.PERSONAL_ADV_INJURY, new BigDecimal("1000000"),
                LimitKind.GENERAL_AGGREGATE, new BigDecimal("2000000"),
                LimitKind.PRODUCTS_COMPLETED_OPS_AGGREGATE, new BigDecimal("2000000")));

        ExtractedPolicy auto = certificate.policy(CoverageType.AUTO).orElseThrow();
        assertThat(auto.autoSymbols()).containsExactlyInAnyOrder(AutoSymbol.HIRED, AutoSymbol.NON_OWNED, AutoSymbol.SCHEDULED);
        assertThat(auto.limit(LimitKind.COMBINED_SINGLE_LIMIT).value()).isEqualByComparingTo("1000000");
        assertThat(auto.form().isPresent()).isFalse();

        ExtractedPolicy excess = certificate.policy(CoverageType.EXCESS).orElseThrow();
        assertThat(excess.insurer().name().value()).isEqualTo("Arch Insurance Company");
        assertThat(excess.form().value()).isEqualTo(PolicyForm.CLAIMS_MADE);
        assertThat(excess.limit(LimitKind.UMBRELLA_EACH_OCCURRENCE).value()).isEqualByComparingTo("5000000");
        assertThat(excess.limit(LimitKind.UMBRELLA_AGGREGATE).value()).isEqualByComparingTo("5000000");
        assertThat(excess.deductible().value()).isEqualByComparingTo("10000");

        ExtractedPolicy wc = certificate.policy(CoverageType.WC).orElseThrow();
        assertThat(wc.wcStatutory()).isTrue();
        assertThat(wc.additionalInsured().isPresent()).isFalse();
        assertThat(wc.waiverOfSubrogation().value()).isTrue();
        assertThat(amounts(wc)).containsExactlyInAnyOrderEntriesOf(Map.of(
                LimitKind.EL_EACH_ACCIDENT, new BigDecimal("1000000"),
                LimitKind.EL_DISEASE_EACH_EMPLOYEE, new BigDecimal("1000000"),
                LimitKind.EL_DISEASE_POLICY_LIMIT, new BigDecimal("1000000")));

        ExtractedPolicy other = certificate.policy(CoverageType.OTHER).orElseThrow();
        assertThat(other.coverageName().value()).isEqualTo("Professional Liability");
        assertThat(other.policyNumber().value()).isEqualTo("PL 448812");
        assertThat(amounts(other)).containsExactlyInAnyOrderEntriesOf(Map.of(
                LimitKind.EACH_OCCURRENCE, new BigDecimal("2000000"), LimitKind.GENERAL_AGGREGATE, new BigDecimal("4000000")));
        assertThat(other.deductible().value()).isEqualByComparingTo("25000");

        assertThat(certificate.uncertainKeyFields()).isEmpty();
        assertThat(certificate.needsReview()).isFalse();
        assertThat(gl.policyNumber().confidence()).isEqualTo(variant.method.confidence());
        assertThat(gl.limit(LimitKind.EACH_OCCURRENCE).confidence()).isEqualTo(variant.method.confidence());
    }

    @ParameterizedTest
    @EnumSource(Variant.class)
    void sendsToReviewWhatItCannotReadInsteadOfGuessing(Variant variant) {
        ExtractedCertificate certificate = reader.read(variant.pdf.get()
                .with("NamedInsured_FullName_A", "Brightline Roofing Inc")
                .with("Insurer_FullName_A", "Travelers Indemnity Company")
                .with("Insurer_NAICCode_A", "25658")
                .with("Vehicle_InsurerLetterCode_A", "A")
                .with("CertificateOfInsurance_AutomobileLiability_AdditionalInsuredCode_A", "N")
                .with("Policy_AutomobileLiability_SubrogationWaivedCode_A", "N")
                .with("Policy_AutomobileLiability_PolicyNumberIdentifier_A", "BA-1")
                .with("Policy_AutomobileLiability_EffectiveDate_A", "TBD")
                .with("Policy_AutomobileLiability_ExpirationDate_A", "07/01/2026")
                .with("Vehicle_CombinedSingleLimit_EachAccidentAmount_A", "see attached")
                .build());

        ExtractedPolicy auto = certificate.policy(CoverageType.AUTO).orElseThrow();
        assertThat(auto.effectiveDate().isPresent()).isFalse();
        assertThat(auto.effectiveDate().text()).isEqualTo("TBD");
        assertThat(auto.limit(LimitKind.COMBINED_SINGLE_LIMIT).text()).isEqualTo("see attached");
        assertThat(auto.limit(LimitKind.COMBINED_SINGLE_LIMIT).confidence()).isLessThan(ExtractedValue.CONFIDENT);
        assertThat(certificate.uncertainKeyFields()).containsExactly("AUTO effective date", "AUTO limits");
        assertThat(certificate.needsReview()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(Variant.class)
    void aLimitPrintedAsAWordIsNotStatedAndNoReasonForReview(Variant variant) {
        Map<String, String> fields = everySection();
        fields.put("GeneralLiability_FireDamageRentedPremises_EachOccurrenceLimitAmount_A", "Included");
        fields.put("GeneralLiability_MedicalExpense_EachPersonLimitAmount_A", "Excluded");
        fields.put("Vehicle_CombinedSingleLimit_EachAccidentAmount_A", "1,000,000");
        fields.put("Vehicle_PropertyDamage_PerAccidentLimitAmount_A", "N/A");
        fields.put("ExcessUmbrella_Umbrella_AggregateAmount_A", "See Attached");
        fields.put("WorkersCompensationEmployersLiability_EmployersLiability_DiseasePolicyLimitAmount_A", "Statutory");
        ExtractedCertificate certificate = reader.read(variant.pdf.get().with(fields).build());

        assertThat(certificate.uncertainKeyFields()).isEmpty();
        ExtractedPolicy gl = certificate.policy(CoverageType.GL).orElseThrow();
        assertThat(gl.limit(LimitKind.DAMAGE_TO_RENTED_PREMISES).isPresent()).isFalse();
        assertThat(gl.limit(LimitKind.DAMAGE_TO_RENTED_PREMISES).text()).isEqualTo("Included");
        assertThat(certificate.toPolicies()).allSatisfy(policy -> assertThat(policy.getLimits().kinds())
                .doesNotContain(LimitKind.DAMAGE_TO_RENTED_PREMISES, LimitKind.MEDICAL_EXPENSE,
                        LimitKind.PROPERTY_DAMAGE, LimitKind.UMBRELLA_AGGREGATE, LimitKind.EL_DISEASE_POLICY_LIMIT));
    }

    @ParameterizedTest
    @EnumSource(Variant.class)
    void aPrincipalLimitPrintedAsAWordGoesToReviewWithTheWordNamed(Variant variant) {
        Map<String, String> fields = everySection();
        fields.put("GeneralLiability_EachOccurrence_LimitAmount_A", "Incl.");
        ExtractedCertificate certificate = reader.read(variant.pdf.get().with(fields).build());

        assertThat(certificate.uncertainKeyFields())
                .containsExactly("GL principal limit EACH_OCCURRENCE is printed as \"Incl.\", not as an amount");
    }

    @ParameterizedTest
    @EnumSource(Variant.class)
    void aHolderReadAsAPhoneNumberAndEMailGoesToReviewWithTheReason(Variant variant) {
        Map<String, String> fields = everySection();
        fields.put("CertificateHolder_FullName_A", "(555) 201-7788 accounts@example.com");
        ExtractedCertificate certificate = reader.read(variant.pdf.get().with(fields).build());

        assertThat(certificate.uncertainKeyFields())
                .containsExactly("holder name is not a name (it reads as a phone number, e-mail, address or code)");
        assertThat(certificate.needsReview()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(Variant.class)
    void aLimitCellHoldingALabelGoesToReviewWithTheReason(Variant variant) {
        Map<String, String> fields = everySection();
        fields.put("GeneralLiability_MedicalExpense_EachPersonLimitAmount_A", "Any one person");
        ExtractedCertificate certificate = reader.read(variant.pdf.get().with(fields).build());

        assertThat(certificate.uncertainKeyFields()).containsExactly("GL MEDICAL_EXPENSE limit is not an amount");
    }

    @ParameterizedTest
    @EnumSource(Variant.class)
    void primaryAndNonContributoryStatedInTheDescriptionIsSetOnTheLinesItNames(Variant variant) {
        Map<String, String> fields = everySection();
        fields.put("CertificateOfLiabilityInsurance_ACORDForm_RemarkText_A",
                "Electrical work at all locations. General liability is primary and non-contributory.");
        ExtractedCertificate certificate = reader.read(variant.pdf.get().with(fields).build());

        assertThat(certificate.endorsementWording()
                .stated(EndorsementWording.Statement.PRIMARY_NON_CONTRIBUTORY, CoverageType.GL).text())
                .isEqualTo("General liability is primary and non-contributory.");
        assertThat(certificate.toPolicies())
                .extracting(Policy::getCoverage, policy -> policy.getEndorsements().primaryNonContributory())
                .containsExactly(tuple(CoverageType.GL, true), tuple(CoverageType.AUTO, false),
                        tuple(CoverageType.EXCESS, false), tuple(CoverageType.WC, false),
                        tuple(CoverageType.OTHER, false));
    }

    @ParameterizedTest
    @EnumSource(value = Variant.class, names = {"FLATTENED", "PRINTED_TO_PDF"})
    void twoPoliciesStackedInOneSectionAreTwoPoliciesEachWithItsOwnRow(Variant variant) {
        Map<String, String> fields = everySection();
        fields.put("Insurer_FullName_C", "Great American Insurance Company");
        fields.put("Insurer_NAICCode_C", "16691");
        ExtractedCertificate certificate = reader.read(variant.pdf.get().with(fields)
                .printedBelow("ExcessUmbrella_InsurerLetterCode_A", "C", 1)
                .printedBelow("Policy_ExcessLiability_PolicyNumberIdentifier_A", "XS-2ND-778", 1)
                .printedBelow("CertificateOfInsurance_ExcessLiability_AdditionalInsuredCode_A", "Y", 1)
                .printedBelow("Policy_ExcessLiability_SubrogationWaivedCode_A", "N", 1)
                .printedBelow("Policy_ExcessLiability_EffectiveDate_A", "03/01/2025", 1)
                .printedBelow("Policy_ExcessLiability_ExpirationDate_A", "03/01/2026", 1)
                .build());

        assertThat(certificate.policies()).filteredOn(policy -> policy.coverage() == CoverageType.EXCESS)
                .extracting(policy -> policy.policyNumber().value(), policy -> policy.insurer().name().value(),
                        policy -> policy.effectiveDate().value(), policy -> policy.expirationDate().value(),
                        policy -> policy.additionalInsured().value(), policy -> policy.limit(LimitKind.UMBRELLA_EACH_OCCURRENCE).value())
                .containsExactly(
                        tuple("XS-99120", "Arch Insurance Company", LocalDate.of(2025, 2, 15),
                                LocalDate.of(2026, 2, 15), false, BigDecimal.valueOf(5_000_000)),
                        tuple("XS-2ND-778", "Great American Insurance Company", LocalDate.of(2025, 3, 1),
                                LocalDate.of(2026, 3, 1), true, BigDecimal.valueOf(5_000_000)));
        assertThat(certificate.needsReview()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = Variant.class, names = {"FLATTENED", "PRINTED_TO_PDF"})
    void aStackedPolicyWithoutDatesOfItsOwnGoesToReviewAndNeverTakesTheOthersDates(Variant variant) {
        ExtractedCertificate certificate = reader.read(variant.pdf.get().with(everySection())
                .printedBelow("Policy_ExcessLiability_PolicyNumberIdentifier_A", "XS-2ND-778", 1)
                .build());

        java.util.List<ExtractedPolicy> excess = certificate.policies().stream()
                .filter(policy -> policy.coverage() == CoverageType.EXCESS).toList();
        assertThat(excess).hasSize(2);
        assertThat(excess.get(0).effectiveDate().value()).isEqualTo(LocalDate.of(2025, 2, 15));
        assertThat(excess.get(1).policyNumber().value()).isEqualTo("XS-2ND-778");
        assertThat(excess.get(1).effectiveDate().isPresent()).isFalse();
        assertThat(excess.get(1).insurer().letter().isPresent()).isFalse();
        assertThat(certificate.uncertainKeyFields()).contains("EXCESS effective date", "EXCESS expiration date");
    }

    @ParameterizedTest
    @EnumSource(Variant.class)
    void aCertificateOnPageTwoOfThreeBehindACoverLetterIsRead(Variant variant) {
        ExtractedCertificate certificate = reader.read(variant.pdf.get().with(everySection())
                .coverLetter("Dear vendor manager,\nPlease find enclosed the certificate of insurance for Acme Electrical"
                        + " Contractors LLC. Policy number GL-0000 is listed on it.\nRegards,\nHarbor Risk Partners")
                .pageAfter("Notice of privacy practices. This page is not part of the certificate.")
                .build());

        assertThat(certificate.method()).isEqualTo(variant.method);
        assertThat(certificate.insured().name().value()).isEqualTo("Acme Electrical Contractors LLC");
        assertThat(certificate.policy(CoverageType.GL).orElseThrow().policyNumber().value()).isEqualTo("GL-7733-2025");
        assertThat(certificate.descriptionOfOperations().value()).isEqualTo("Electrical work at all locations.");
        assertThat(certificate.needsReview()).isFalse();
        if (variant.method == ExtractionMethod.TEXT_LAYOUT) {
            assertThat(certificate.insured().name().region().orElseThrow().page()).isEqualTo(2);
        }
    }

    @ParameterizedTest
    @EnumSource(Variant.class)
    void theRemarksOfAnAcord101ScheduleAreAddedToTheDescriptionAndStateEndorsements(Variant variant) {
        String remarks = "Certificate holder is included as additional insured on the auto policy when required by"
                + " written contract. General liability is primary and non-contributory. Waiver of subrogation applies"
                + " in favor of the certificate holder on workers compensation.";
        ExtractedCertificate certificate = reader.read(variant.pdf.get().with(everySection())
                .additionalRemarks(remarks)
                .pageAfter("Insured's schedule of locations: 1200 Industrial Pkwy.")
                .build());

        assertThat(certificate.descriptionOfOperations().value())
                .isEqualTo("Electrical work at all locations. " + remarks);
        EndorsementWording wording = certificate.endorsementWording();
        assertThat(wording.stated(EndorsementWording.Statement.PRIMARY_NON_CONTRIBUTORY, CoverageType.GL).text())
                .isEqualTo("General liability is primary and non-contributory.");
        assertThat(wording.stated(EndorsementWording.Statement.ADDITIONAL_INSURED, CoverageType.AUTO).text())
                .startsWith("Certificate holder is included as additional insured on the auto policy");
        assertThat(wording.stated(EndorsementWording.Statement.WAIVER_OF_SUBROGATION, CoverageType.WC).isPresent()).isTrue();
        assertThat(certificate.toPolicies())
                .extracting(Policy::getCoverage, policy -> policy.getEndorsements().additionalInsured(),
                        policy -> policy.getEndorsements().primaryNonContributory())
                .contains(tuple(CoverageType.GL, true, true), tuple(CoverageType.AUTO, true, false));
    }

    @ParameterizedTest
    @EnumSource(Variant.class)
    void anEmptyAdditionalInsuredCellIsANoOnAFormAndUnknownOnAPrintedPage(Variant variant) {
        Map<String, String> fields = everySection();
        fields.remove("CertificateOfInsurance_AutomobileLiability_AdditionalInsuredCode_A");
        ExtractedCertificate certificate = reader.read(variant.pdf.get().with(fields).build());

        ExtractedPolicy auto = certificate.policy(CoverageType.AUTO).orElseThrow();
        if (variant.method == ExtractionMethod.ACROFORM) {
            assertThat(auto.additionalInsured().value()).isFalse();
            assertThat(certificate.needsReview()).isFalse();
        } else {
            assertThat(auto.additionalInsured().isPresent()).isFalse();
            assertThat(certificate.uncertainKeyFields()).containsExactly("AUTO additional insured (ADDL INSD box not found)");
        }
    }

    @ParameterizedTest
    @CsvSource({"FLATTENED, CROSS", "FLATTENED, CHECK", "PRINTED_TO_PDF, CROSS", "PRINTED_TO_PDF, CHECK"})
    void ticksDrawnAsStrokesAreSeenOnThePagesPicture(Variant variant, DrawnTick tick) {
        ExtractedCertificate certificate = reader.read(variant.pdf.get().with(everySection()).ticksDrawnAs(tick).build());

        ExtractedPolicy gl = certificate.policy(CoverageType.GL).orElseThrow();
        assertThat(gl.form().value()).isEqualTo(PolicyForm.OCCURRENCE);
        assertThat(gl.form().isConfident()).isTrue();
        ExtractedPolicy excess = certificate.policy(CoverageType.EXCESS).orElseThrow();
        assertThat(excess.form().value()).isEqualTo(PolicyForm.CLAIMS_MADE);
        assertThat(certificate.policy(CoverageType.UMBRELLA)).isEmpty();
        assertThat(certificate.policy(CoverageType.AUTO).orElseThrow().autoSymbols())
                .containsExactlyInAnyOrder(AutoSymbol.HIRED, AutoSymbol.NON_OWNED, AutoSymbol.SCHEDULED);
        assertThat(certificate.policy(CoverageType.WC).orElseThrow().wcStatutory()).isTrue();
        assertThat(certificate.uncertainKeyFields()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = Variant.class, names = {"FLATTENED", "PRINTED_TO_PDF"})
    void aSpeckInADrawnBoxDoesNotTickIt(Variant variant) {
        ExtractedCertificate certificate = reader.read(variant.pdf.get().with(everySection()).ticksDrawnAs(DrawnTick.CROSS)
                .speckIn("GeneralLiability_ClaimsMadeIndicator_A").speckIn("Policy_PolicyType_UmbrellaIndicator_A").build());

        assertThat(certificate.policy(CoverageType.GL).orElseThrow().form().value()).isEqualTo(PolicyForm.OCCURRENCE);
        assertThat(certificate.policy(CoverageType.EXCESS)).isPresent();
        assertThat(certificate.uncertainKeyFields()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = Variant.class, names = {"FLATTENED", "PRINTED_TO_PDF"})
    void aLineWhoseBoxesShowNoMarkAtAllStillGoesToReview(Variant variant) {
        Map<String, String> fields = everySection();
        fields.remove("GeneralLiability_CoverageIndicator_A");
        fields.remove("GeneralLiability_OccurrenceIndicator_A");
        ExtractedCertificate certificate = reader.read(variant.pdf.get().with(fields).ticksDrawnAs(DrawnTick.CHECK).build());

        assertThat(certificate.policy(CoverageType.GL).orElseThrow().form().isPresent()).isFalse();
        assertThat(certificate.uncertainKeyFields()).containsExactly("GL occurrence or claims-made (box not found)");
    }

    @Test
    void aCertificateWithoutAnInsuredNameGoesToReview() {
        ExtractedCertificate certificate = reader.read(Acord25Pdf.fillable()
                .with("Producer_FullName_A", "Harbor Risk Partners LLC").build());

        assertThat(certificate.method()).isEqualTo(ExtractionMethod.ACROFORM);
        assertThat(certificate.uncertainKeyFields()).containsExactly("insured name", "coverage lines");
    }

    @Test
    void aPrintedNaicCodeThatIsNotFiveDigitsIsUnreadableAndTheCertificateKeepsNoCode() {
        Map<String, String> fields = everySection();
        fields.put("Insurer_NAICCode_A", "2565B");
        ExtractedCertificate certificate = reader.read(Acord25Pdf.fillable().with(fields).build());

        ExtractedPolicy gl = certificate.policy(CoverageType.GL).orElseThrow();
        assertThat(gl.insurer().naic().isPresent()).isFalse();
        assertThat(gl.insurer().naic().text()).isEqualTo("2565B");
        assertThat(gl.toPolicy(EndorsementWording.NONE).getInsurerNaic()).isNull();
        assertThat(gl.toPolicy(EndorsementWording.NONE).getInsurerName()).isEqualTo("Travelers Indemnity Company");
    }

    @Test
    void aBlankFlattenedFormIsReadByItsLayoutAndFoundEmpty() {
        ExtractedCertificate certificate = reader.read(Acord25Pdf.flattened().build());

        assertThat(certificate.method()).isEqualTo(ExtractionMethod.TEXT_LAYOUT);
        assertThat(certificate.policies()).isEmpty();
        assertThat(certificate.insured().name().isPresent()).isFalse();
    }

    @Test
    void aDocumentThatIsNotAnAcord25IsUnreadableWithEveryKeyFieldMissing() {
        ExtractedCertificate certificate = reader.read(PdfSamples.letter("Dear vendor,",
                "please find our INSURED status and POLICY NUMBER below.", "Policy GL-1, $1,000,000 each occurrence."));

        assertThat(certificate.method()).isEqualTo(ExtractionMethod.UNREADABLE);
        assertThat(certificate.policies()).isEmpty();
        assertThat(certificate.uncertainKeyFields()).containsExactly("insured name", "coverage lines");
    }

    @Test
    void aScanWithoutTextIsLeftToOcr() {
        assertThat(reader.read(PdfSamples.scan())).isEqualTo(ExtractedCertificate.awaitingOcr());
    }

    @Test
    void aCertificateProtectedOnlyAgainstChangesIsRead() {
        byte[] pdf = PdfSamples.encrypted(Acord25Pdf.fillable().with(everySection()).build(), "owner-secret", "");

        assertThat(reader.read(pdf).insured().name().value()).isEqualTo("Acme Electrical Contractors LLC");
    }

    private static Map<LimitKind, BigDecimal> amounts(ExtractedPolicy policy) {
        Map<LimitKind, BigDecimal> amounts = new LinkedHashMap<>();
        policy.limits().forEach((kind, value) -> amounts.put(kind, value.value()));
        return amounts;
    }

    /** A certificate with all five coverage sections filled in, its amounts printed in several styles. */
    private static Map<String, String> everySection() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("Form_CompletionDate_A", "03/14/2025");
        fields.put("CertificateOfInsurance_CertificateNumberIdentifier_A", "CERT-2025-0042");
        fields.put("Producer_FullName_A", "Harbor Risk Partners LLC");
        fields.put("Producer_MailingAddress_LineOne_A", "200 Harbor Blvd");
        fields.put("NamedInsured_FullName_A", "Acme Electrical Contractors LLC");
        fields.put("NamedInsured_MailingAddress_LineOne_A", "1200 Industrial Pkwy");
        fields.put("NamedInsured_MailingAddress_LineTwo_A", "Unit 7");
        fields.put("NamedInsured_MailingAddress_CityName_A", "Springfield");
        fields.put("NamedInsured_MailingAddress_StateOrProvinceCode_A", "IL");
        fields.put("NamedInsured_MailingAddress_PostalCode_A", "62701");
        fields.put("Insurer_FullName_A", "Travelers Indemnity Company");
        fields.put("Insurer_NAICCode_A", "25658");
        fields.put("Insurer_FullName_B", "Arch Insurance Company");
        fields.put("Insurer_NAICCode_B", "11150");
        fields.put("GeneralLiability_CoverageIndicator_A", "Yes");
        fields.put("GeneralLiability_OccurrenceIndicator_A", "Yes");
        fields.put("GeneralLiability_InsurerLetterCode_A", "A");
        fields.put("CertificateOfInsurance_GeneralLiability_AdditionalInsuredCode_A", "Y");
        fields.put("Policy_GeneralLiability_SubrogationWaivedCode_A", "N");
        fields.put("Policy_GeneralLiability_PolicyNumberIdentifier_A", "GL-7733-2025");
        fields.put("Policy_GeneralLiability_EffectiveDate_A", "01/01/2025");
        fields.put("Policy_GeneralLiability_ExpirationDate_A", "1/1/26");
        fields.put("GeneralLiability_EachOccurrence_LimitAmount_A", "$1,000,000");
        fields.put("GeneralLiability_FireDamageRentedPremises_EachOccurrenceLimitAmount_A", "300,000");
        fields.put("GeneralLiability_MedicalExpense_EachPersonLimitAmount_A", "$ 10,000");
        fields.put("GeneralLiability_PersonalAndAdvertisingInjury_LimitAmount_A", "1M");
        fields.put("GeneralLiability_GeneralAggregate_LimitAmount_A", "2,000,000.00");
        fields.put("GeneralLiability_ProductsAndCompletedOperations_AggregateLimitAmount_A", "$2MM");
        fields.put("Vehicle_InsurerLetterCode_A", "A");
        fields.put("Vehicle_HiredAutosIndicator_A", "Yes");
        fields.put("Vehicle_NonOwnedAutosIndicator_A", "Yes");
        fields.put("Vehicle_ScheduledAutosIndicator_A", "Yes");
        fields.put("Policy_AutomobileLiability_PolicyNumberIdentifier_A", "BA 5521-09");
        fields.put("CertificateOfInsurance_AutomobileLiability_AdditionalInsuredCode_A", "N");
        fields.put("Policy_AutomobileLiability_SubrogationWaivedCode_A", "N");
        fields.put("Policy_AutomobileLiability_EffectiveDate_A", "01/01/2025");
        fields.put("Policy_AutomobileLiability_ExpirationDate_A", "01/01/2026");
        fields.put("Vehicle_CombinedSingleLimit_EachAccidentAmount_A", "1000000");
        fields.put("Policy_PolicyType_ExcessIndicator_A", "Yes");
        fields.put("ExcessUmbrella_ClaimsMadeIndicator_A", "Yes");
        fields.put("ExcessUmbrella_RetentionIndicator_A", "Yes");
        fields.put("ExcessUmbrella_Umbrella_DeductibleOrRetentionAmount_A", "10,000");
        fields.put("ExcessUmbrella_InsurerLetterCode_A", "B");
        fields.put("Policy_ExcessLiability_PolicyNumberIdentifier_A", "XS-99120");
        fields.put("CertificateOfInsurance_ExcessLiability_AdditionalInsuredCode_A", "N");
        fields.put("Policy_ExcessLiability_SubrogationWaivedCode_A", "N");
        fields.put("Policy_ExcessLiability_EffectiveDate_A", "02/15/2025");
        fields.put("Policy_ExcessLiability_ExpirationDate_A", "02/15/2026");
        fields.put("ExcessUmbrella_Umbrella_EachOccurrenceAmount_A", "5MM");
        fields.put("ExcessUmbrella_Umbrella_AggregateAmount_A", "$5,000,000");
        fields.put("WorkersCompensationEmployersLiability_InsurerLetterCode_A", "B");
        fields.put("WorkersCompensationEmployersLiability_WorkersCompensationStatutoryLimitIndicator_A", "Yes");
        fields.put("WorkersCompensationEmployersLiability_AnyPersonsExcludedIndicator_A", "N");
        fields.put("Policy_WorkersCompensation_SubrogationWaivedCode_A", "Y");
        fields.put("Policy_WorkersCompensationAndEmployersLiability_PolicyNumberIdentifier_A", "WC 12 345678");
        fields.put("Policy_WorkersCompensationAndEmployersLiability_EffectiveDate_A", "01/01/2025");
        fields.put("Policy_WorkersCompensationAndEmployersLiability_ExpirationDate_A", "01/01/2026");
        fields.put("WorkersCompensationEmployersLiability_EmployersLiability_EachAccidentLimitAmount_A", "1,000,000");
        fields.put("WorkersCompensationEmployersLiability_EmployersLiability_DiseaseEachEmployeeLimitAmount_A", "1,000,000");
        fields.put("WorkersCompensationEmployersLiability_EmployersLiability_DiseasePolicyLimitAmount_A", "1,000,000");
        fields.put("OtherPolicy_InsurerLetterCode_A", "B");
        fields.put("OtherPolicy_OtherPolicyDescription_A", "Professional Liability");
        fields.put("OtherPolicy_PolicyNumberIdentifier_A", "PL 448812");
        fields.put("CertificateOfInsurance_OtherPolicy_AdditionalInsuredCode_A", "N");
        fields.put("OtherPolicy_SubrogationWaivedCode_A", "N");
        fields.put("OtherPolicy_PolicyEffectiveDate_A", "01/01/2025");
        fields.put("OtherPolicy_PolicyExpirationDate_A", "01/01/2026");
        fields.put("OtherPolicy_CoverageCode_A", "Each Claim");
        fields.put("OtherPolicy_CoverageLimitAmount_A", "2,000,000");
        fields.put("OtherPolicy_CoverageCode_B", "Aggregate");
        fields.put("OtherPolicy_CoverageLimitAmount_B", "4,000,000");
        fields.put("OtherPolicy_CoverageCode_C", "Deductible");
        fields.put("OtherPolicy_CoverageLimitAmount_C", "25,000");
        fields.put("CertificateOfLiabilityInsurance_ACORDForm_RemarkText_A", "Electrical work at all locations.");
        fields.put("CertificateHolder_FullName_A", "OpenCOI Demo Corporation");
        fields.put("CertificateHolder_MailingAddress_LineOne_A", "1 Enterprise Way");
        return fields;
    }
}
