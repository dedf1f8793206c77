package org.opencoi.certificate.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opencoi.shared.domain.CoverageType;
import org.opencoi.shared.domain.LimitKind;
import org.opencoi.shared.domain.NaicCode;
import org.opencoi.shared.domain.PolicyForm;

/** One consistent GL line; each test spoils it in one named way. */
class ReadingConsistencyTest {

    private static final LocalDate START = LocalDate.of(2025, 1, 1);

    @Test
    void aConsistentLinePassesEveryRule() {
        ExtractedPolicy line = gl(insurer("B", "Arch Insurance Company", "11150"), limits(), read(false), read(false),
                read(PolicyForm.OCCURRENCE));

        assertThat(line.uncertainKeyFields()).isEmpty();
    }

    @Test
    void anInsurerLetterThatNamesNoPrintedInsurerGoesToReview() {
        ExtractedPolicy line = gl(ExtractedInsurer.unknown(read("B")), limits(), read(false), read(false),
                read(PolicyForm.OCCURRENCE));

        assertThat(ReadingConsistency.insurerNamed(line))
                .containsExactly("GL insurer letter B names no insurer printed on the form");
    }

    @Test
    void anInsurerWithoutAFiveDigitNaicCodeGoesToReview() {
        ExtractedInsurer insurer = new ExtractedInsurer(read("A"), read("Lloyd's Syndicate"),
                ExtractedValue.unreadable("AA-1122000"));

        assertThat(ReadingConsistency.insurerNamed(gl(insurer, limits(), read(false), read(false), read(PolicyForm.OCCURRENCE))))
                .containsExactly("GL insurer A has no 5-digit NAIC code");
    }

    @Test
    void aLimitCellHoldingALabelOrAPhoneNumberIsNotAnAmount() {
        Map<LimitKind, ExtractedValue<BigDecimal>> limits = limits();
        limits.put(LimitKind.MEDICAL_EXPENSE, PrintedAmount.parse("MED EXP (Any one person)"));
        limits.put(LimitKind.PERSONAL_ADV_INJURY, PrintedAmount.parse("(555) 201-7788"));

        assertThat(ReadingConsistency.limitsAreAmounts(gl(insurer("A", "Travelers", "25658"), limits, read(false),
                read(false), read(PolicyForm.OCCURRENCE))))
                .containsExactlyInAnyOrder("GL MEDICAL_EXPENSE limit is not an amount",
                        "GL PERSONAL_ADV_INJURY limit is not an amount");
    }

    @Test
    void wordsAgentsPrintInsteadOfAnAmountAreNoMisreading() {
        Map<LimitKind, ExtractedValue<BigDecimal>> limits = limits();
        limits.put(LimitKind.DAMAGE_TO_RENTED_PREMISES, PrintedAmount.parse("Included"));
        limits.put(LimitKind.MEDICAL_EXPENSE, PrintedAmount.parse("Excluded"));

        assertThat(ReadingConsistency.limitsAreAmounts(gl(insurer("A", "Travelers", "25658"), limits, read(false),
                read(false), read(PolicyForm.OCCURRENCE)))).isEmpty();
    }

    @Test
    void aLineWithoutItsPrincipalLimitGoesToReview() {
        Map<LimitKind, ExtractedValue<BigDecimal>> limits = new EnumMap<>(LimitKind.class);
        limits.put(LimitKind.GENERAL_AGGREGATE, read(BigDecimal.valueOf(2_000_000)));

        assertThat(ReadingConsistency.limitsAreAmounts(gl(insurer("A", "Travelers", "25658"), limits, read(false),
                read(false), read(PolicyForm.OCCURRENCE)))).containsExactly("GL principal limit (EACH_OCCURRENCE) not read");
    }

    @ParameterizedTest
    @ValueSource(strings = {"INCLUDED", "Incl.", "N/A", "See Attached", "Statutory", "PER STATUTE", "$ Included",
        "Not Included", "see attachment"})
    void aPrincipalLimitPrintedAsAWordGoesToReviewNamingTheWord(String word) {
        Map<LimitKind, ExtractedValue<BigDecimal>> limits = limits();
        limits.put(LimitKind.EACH_OCCURRENCE, PrintedAmount.parse(word));

        assertThat(ReadingConsistency.limitsAreAmounts(gl(insurer("A", "Travelers", "25658"), limits, read(false),
                read(false), read(PolicyForm.OCCURRENCE))))
                .containsExactly("GL principal limit EACH_OCCURRENCE is printed as \"" + word + "\", not as an amount");
    }

    @Test
    void tickBoxesTheReaderDidNotFindAreNotANo() {
        ExtractedPolicy line = gl(insurer("A", "Travelers", "25658"), limits(), ExtractedValue.missing(),
                ExtractedValue.missing(), ExtractedValue.missing());

        assertThat(ReadingConsistency.boxesFound(line)).containsExactly(
                "GL additional insured (ADDL INSD box not found)", "GL waiver of subrogation (SUBR WVD box not found)",
                "GL occurrence or claims-made (box not found)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"(615) 555-0134 jobs@example.com", "ops@example.com", "555-201-7788", "1200 Industrial Pkwy",
        "PO Box 88", "Springfield, IL 62701", "ACCT-004412", "NAME", "NAME / ADDRESS", "www.example.com"})
    void aPartyWhoseNameLineIsContactDetailsAnAddressOrACodeIsNotAName(String line) {
        assertThat(ReadingConsistency.isAName("holder", read(line)))
                .containsExactly("holder name is not a name (it reads as a phone number, e-mail, address or code)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"OpenCOI Demo Corporation", "Acme Electrical Contractors LLC", "84 Lumber Company",
        "City of Springfield", "To Whom It May Concern", "3M Company", "A-1 Roofing, Inc."})
    void realNamesAreNames(String name) {
        assertThat(ReadingConsistency.isAName("insured", read(name))).isEmpty();
    }

    @Test
    void aCertificateNamesTheHolderThatIsNoName() {
        ExtractedCertificate certificate = new ExtractedCertificate(ExtractionMethod.TEXT_LAYOUT, ExtractedParty.MISSING,
                new ExtractedParty(read("Acme Electrical LLC"), ExtractedValue.missing()),
                new ExtractedParty(read("(555) 201-7788 ap@example.com"), ExtractedValue.missing()), List.of(),
                ExtractedValue.missing(), ExtractedValue.missing(), ExtractedValue.missing(),
                List.of(gl(insurer("A", "Travelers", "25658"), limits(), read(false), read(false), read(PolicyForm.OCCURRENCE))));

        assertThat(certificate.uncertainKeyFields())
                .containsExactly("holder name is not a name (it reads as a phone number, e-mail, address or code)");
        assertThat(certificate.needsReview()).isTrue();
    }

    private static Map<LimitKind, ExtractedValue<BigDecimal>> limits() {
        Map<LimitKind, ExtractedValue<BigDecimal>> limits = new EnumMap<>(LimitKind.class);
        limits.put(LimitKind.EACH_OCCURRENCE, read(BigDecimal.valueOf(1_000_000)));
        limits.put(LimitKind.GENERAL_AGGREGATE, read(BigDecimal.valueOf(2_000_000)));
        return limits;
    }

    private static ExtractedInsurer insurer(String letter, String name, String naic) {
        return new ExtractedInsurer(read(letter), read(name), read(NaicCode.of(naic)));
    }

    private static ExtractedPolicy gl(ExtractedInsurer insurer, Map<LimitKind, ExtractedValue<BigDecimal>> limits,
            ExtractedValue<Boolean> additionalInsured, ExtractedValue<Boolean> waiver, ExtractedValue<PolicyForm> form) {
        return new ExtractedPolicy(CoverageType.GL, ExtractedValue.missing(), insurer, read("GL-1"), read(START),
                read(START.plusYears(1)), form, additionalInsured, waiver, Set.of(), false, limits, ExtractedValue.missing());
    }

    private static <T> ExtractedValue<T> read(T value) {
        return ExtractedValue.read(value, String.valueOf(value), 1.0);
    }
}
