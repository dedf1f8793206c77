package org.opencoi.certificate.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opencoi.certificate.domain.PageRegion;
import org.opencoi.certificate.infrastructure.Acord25Geometry.Cell;

/** The geometry reader on pages built from the 2016/03 blank's own labels and cells, printed as agency systems print. */
class Acord25GeometryLayoutTest {

    private static final Acord25Geometry FORM = Acord25Geometry.named("2016-03");
    private static final float SCALE = 0.94f;
    private static final float SHIFT_X = 18;
    private static final float SHIFT_Y = 21;

    private final List<TextRun> page = new ArrayList<>();
    private long order;

    @Test
    void fitsAPageShrunkAndShiftedByFitToPageAndReadsEachValueInItsCell() {
        printForm();
        value("NamedInsured_FullName_A", "Acme Roofing Co", 0);
        value("Policy_GeneralLiability_PolicyNumberIdentifier_A", "GLO 1234567", 0);

        Acord25GeometryLayout.Reading reading = Acord25GeometryLayout.read(page, 2).orElseThrow();

        assertThat(reading.edition()).isEqualTo(Acord25Edition.EDITION_2016_03);
        assertThat(reading.fields()).containsEntry("NamedInsured_FullName_A", "Acme Roofing Co")
                .containsEntry("Policy_GeneralLiability_PolicyNumberIdentifier_A", "GLO 1234567");
        PageRegion region = reading.regions().get("NamedInsured_FullName_A");
        Cell cell = cell("NamedInsured_FullName_A");
        assertThat(region.page()).isEqualTo(2);
        assertThat(region.left()).isCloseTo(cell.left() * SCALE + SHIFT_X, org.assertj.core.data.Offset.offset(0.5f));
    }

    @Test
    void joinsAValuePrintedOneCharacterPerRunInReadingOrder() {
        printForm();
        Cell cell = cell("Policy_GeneralLiability_PolicyNumberIdentifier_A");
        String number = "CPP0099";
        // Printed right to left, as some drivers emit glyphs, each touching the next.
        for (int i = number.length() - 1; i >= 0; i--) {
            run(String.valueOf(number.charAt(i)), cell.left() + 2 + i * 4, cell.left() + 2 + (i + 1) * 4, cell.bottom() - 3, 7);
        }

        assertThat(read()).containsEntry("Policy_GeneralLiability_PolicyNumberIdentifier_A", number);
    }

    @Test
    void ofTwoValuesPrintedOverEachOtherTheOneDrawnLastWins() {
        printForm();
        value("GeneralLiability_EachOccurrence_LimitAmount_A", "1,000,000", 0);
        value("GeneralLiability_EachOccurrence_LimitAmount_A", "2,000,000", 0);

        assertThat(read()).containsEntry("GeneralLiability_EachOccurrence_LimitAmount_A", "2,000,000");
    }

    @Test
    void aValueSetALittleBelowItsCellGoesToTheNearestCell() {
        printForm();
        Cell cell = cell("Form_CompletionDate_A");
        // Its middle is 2 points below the cell, in no cell at all.
        run("07/26/2025", cell.left() + 10, cell.left() + 45, cell.bottom() + 2 + 0.35f * 7, 7);

        assertThat(read()).containsEntry("Form_CompletionDate_A", "07/26/2025");
    }

    @Test
    void twoDatesPrintedAsOneRunGoEachToItsOwnCell() {
        printForm();
        Cell effective = cell("Policy_GeneralLiability_EffectiveDate_A");
        Cell expiration = cell("Policy_GeneralLiability_ExpirationDate_A");
        run("01/07/2026 01/07/2027", effective.left() + 2, expiration.right() - 2, effective.bottom() - 3, 7);

        assertThat(read()).containsEntry("Policy_GeneralLiability_EffectiveDate_A", "01/07/2026")
                .containsEntry("Policy_GeneralLiability_ExpirationDate_A", "01/07/2027");
    }

    @Test
    void aCheckMarkGlyphInATickBoxTicksIt() {
        printForm();
        value("GeneralLiability_OccurrenceIndicator_A", "\u2714", 0);

        assertThat(read()).containsEntry("GeneralLiability_OccurrenceIndicator_A", "true")
                .doesNotContainKey("GeneralLiability_ClaimsMadeIndicator_A");
    }

    @Test
    void thePrintedLabelsAreNeverReadAsValues() {
        printForm();

        assertThat(read()).isEmpty();
    }

    @Test
    void aPageWithoutAnEditionFooterIsLeftToTheLabelReading() {
        printForm();
        page.removeIf(run -> run.text().startsWith("ACORD 25 ("));

        assertThat(Acord25GeometryLayout.read(page, 1)).isEmpty();
    }

    private Map<String, String> read() {
        return Acord25GeometryLayout.read(page, 1).orElseThrow().fields();
    }

    private void printForm() {
        FORM.labels().forEach(label -> run(label.text(), label.left(), label.right(), label.baseline(), label.size()));
    }

    private void value(String field, String text, float dy) {
        Cell cell = cell(field);
        run(text, cell.left() + 2, cell.left() + 2 + text.length() * 3.5f, cell.bottom() - 3 + dy, 7);
    }

    /** A run placed on the blank's coordinates, printed on the page shrunk and shifted. */
    private void run(String text, float left, float right, float baseline, float size) {
        page.add(new TextRun(text, left * SCALE + SHIFT_X, right * SCALE + SHIFT_X, baseline * SCALE + SHIFT_Y,
                size * SCALE, order++));
    }

    private static Cell cell(String field) {
        return FORM.cells().stream().filter(c -> c.field().equals(field)).findFirst().orElseThrow();
    }
}
