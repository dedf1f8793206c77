package org.opencoi.certificate.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The layout rules on pages laid out otherwise than the test fixture's: values below rather than
 * beside their labels, labels spaced differently, X marks for ticks, no "$" printed, another scale.
 */
class Acord25TextLayoutTest {

    private final List<TextRun> page = new ArrayList<>();

    @Test
    void findsValuesBelowOrBesideTheirLabelsWhateverTheSpacingOfTheLabels() {
        print("PRODUCER", 30, 100, 7);
        print("Keystone Brokerage", 30, 112, 9);
        print("12 Front St, Reading PA 19601", 30, 124, 9);
        print("INSURER A:", 320, 110, 7);
        print("Erie Insurance Exchange", 372, 110, 9);
        print("NAIC #", 560, 98, 7);
        print("26263", 562, 110, 9);
        print("INSURED", 30, 150, 7);
        print("Lancaster Millwork LLC", 30, 162, 9);
        print("COVERAGES", 30, 200, 8);
        tableHeaders(1.0f);

        Map<String, String> fields = Acord25TextLayout.read(page).orElseThrow();

        assertThat(fields)
                .containsEntry("Producer_FullName_A", "Keystone Brokerage")
                .containsEntry("Producer_MailingAddress_LineOne_A", "12 Front St, Reading PA 19601")
                .containsEntry("NamedInsured_FullName_A", "Lancaster Millwork LLC")
                .containsEntry("Insurer_FullName_A", "Erie Insurance Exchange")
                .containsEntry("Insurer_NAICCode_A", "26263");
    }

    @Test
    void readsACoverageSectionByItsColumnsAndTicksMarkedWithAnX() {
        parties();
        tableHeaders(1.2f);
        print("X", scaled(44, 1.2f), 300, 8);
        print("COMMERCIAL GENERAL LIABILITY", scaled(54, 1.2f), 300, 7);
        print("EACH OCCURRENCE", scaled(430, 1.2f), 300, 6);
        print("2,000,000", scaled(540, 1.2f), 300, 9);
        print("CLAIMS-MADE", scaled(64, 1.2f), 312, 6);
        print("X", scaled(112, 1.2f), 312, 8);
        print("OCCUR", scaled(122, 1.2f), 312, 6);
        print("B", scaled(29, 1.2f), 312, 9);
        print("Y", scaled(192, 1.2f), 312, 9);
        print("CGL 0099812", scaled(225, 1.2f), 312, 9);
        print("4/1/25", scaled(347, 1.2f), 312, 9);
        print("4/1/26", scaled(391, 1.2f), 312, 9);
        print("GENERAL AGGREGATE", scaled(430, 1.2f), 324, 6);
        print("$4,000,000", scaled(540, 1.2f), 324, 9);
        print("AUTOMOBILE LIABILITY", scaled(44, 1.2f), 340, 7);

        Map<String, String> fields = Acord25TextLayout.read(page).orElseThrow();

        assertThat(fields)
                .containsEntry("GeneralLiability_CoverageIndicator_A", "true")
                .containsEntry("GeneralLiability_OccurrenceIndicator_A", "true")
                .doesNotContainKey("GeneralLiability_ClaimsMadeIndicator_A")
                .containsEntry("GeneralLiability_InsurerLetterCode_A", "B")
                .containsEntry("CertificateOfInsurance_GeneralLiability_AdditionalInsuredCode_A", "Y")
                .doesNotContainKey("Policy_GeneralLiability_SubrogationWaivedCode_A")
                .containsEntry("Policy_GeneralLiability_PolicyNumberIdentifier_A", "CGL 0099812")
                .containsEntry("Policy_GeneralLiability_EffectiveDate_A", "4/1/25")
                .containsEntry("Policy_GeneralLiability_ExpirationDate_A", "4/1/26")
                .containsEntry("GeneralLiability_EachOccurrence_LimitAmount_A", "2,000,000")
                .containsEntry("GeneralLiability_GeneralAggregate_LimitAmount_A", "$4,000,000")
                .doesNotContainKey("Policy_AutomobileLiability_PolicyNumberIdentifier_A");
    }

    @Test
    void limitLabelsPrintedOneWordARunAreFoundAndTheirLastWordsAreNoPartOfTheAmount() {
        parties();
        tableHeaders(1.0f);
        print("COMMERCIAL GENERAL LIABILITY", 54, 300, 7);
        printWords(430, 300, 6, "EACH", "OCCURRENCE");
        print("$", 519, 300, 6);
        print("1,000,000", 551, 300, 8);
        printWords(430, 312, 6, "MED", "EXP", "(Any", "one", "person)");
        print("$", 519, 312, 6);
        print("10,000", 562, 312, 8);
        print("B", 29, 312, 9);
        print("CGL 0099812", 225, 312, 9);

        assertThat(Acord25TextLayout.read(page).orElseThrow())
                .containsEntry("GeneralLiability_EachOccurrence_LimitAmount_A", "1,000,000")
                .containsEntry("GeneralLiability_MedicalExpense_EachPersonLimitAmount_A", "10,000");
    }

    @Test
    void aPageWithoutTheFormsAnchorsIsNotAnAcord25() {
        print("INSURED", 30, 150, 7);
        print("Lancaster Millwork LLC", 30, 162, 9);

        assertThat(Acord25TextLayout.read(page)).isEmpty();
    }

    private void parties() {
        print("PRODUCER", 30, 100, 7);
        print("INSURER A :", 320, 110, 7);
        print("INSURED", 30, 150, 7);
    }

    /** The coverage table's headers at the given scale of the ACORD 25's own spacing. */
    private void tableHeaders(float scale) {
        print("INSR LTR", scaled(24, scale), 250, 6);
        print("POLICY NUMBER", scaled(258, scale), 250, 6);
        print("ADDL INSD", scaled(186, scale), 250, 6);
        print("SUBR WVD", scaled(204, scale), 250, 6);
        print("POLICY EFF (MM/DD/YYYY)", scaled(340, scale), 250, 4);
        print("POLICY EXP (MM/DD/YYYY)", scaled(384, scale), 250, 4);
    }

    private static float scaled(float x, float scale) {
        return x * scale;
    }

    /** Words one run each, a space's width apart, as some PDF producers' text is extracted. */
    private void printWords(float left, float baseline, float size, String... words) {
        float x = left;
        for (String word : words) {
            print(word, x, baseline, size);
            x += (word.length() + 1) * size * 0.5f;
        }
    }

    /** Text at a place, about as wide as Helvetica sets it. */
    private void print(String text, float left, float baseline, float size) {
        page.add(new TextRun(text, left, left + text.length() * size * 0.5f, baseline, size));
    }
}
