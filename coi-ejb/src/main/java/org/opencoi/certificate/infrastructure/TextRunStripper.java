package org.opencoi.certificate.infrastructure;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The text of one page as {@link TextRun}s: PDFBox's text extraction, sorted by position, keeping
 * where each word group sits instead of only its characters. PDFBox joins text that touches into
 * one word; on a filled-in form a value that overflows its cell touches the next cell or label
 * ("07/26/202507/26/2026MED EXP"), so a word group is split again where the font size changes,
 * where the text runs backwards, where a form XObject (a flattened field's appearance) starts or
 * ends, and where a new text object starts anywhere but exactly where the text before it ended.
 */
final class TextRunStripper extends PDFTextStripper {

    private final List<TextRun> runs = new ArrayList<>();
    /** Which form XObject and which text object each character came from. */
    private final Map<TextPosition, long[]> origins = new IdentityHashMap<>(4096);
    private long formXObject;
    private long textObject;
    /** How many characters the page had drawn before each one, as {@link TextRun#order()}. */
    private long drawn;

    private TextRunStripper(int page) {
        setSortByPosition(true);
        setStartPage(page);
        setEndPage(page);
    }

    /** The runs of the given page (1 is the first), top to bottom and left to right. */
    static List<TextRun> runsOf(PDDocument document, int page) throws IOException {
        TextRunStripper stripper = new TextRunStripper(page);
        stripper.writeText(document, Writer.nullWriter());
        return List.copyOf(stripper.runs);
    }

    /**
     * Text that agency tools add as annotations (a FreeText box typed over an empty row) is part of
     * what the page shows, so their appearances are read as the page's own text; form widgets are
     * not, as a fillable form is read by its fields.
     */
    @Override
    protected void writePage() throws IOException {
        PDPage page = getCurrentPage();
        if (page != null) {
            for (PDAnnotation annotation : page.getAnnotations()) {
                if (!(annotation instanceof PDAnnotationWidget) && !annotation.isHidden() && !annotation.isNoView()) {
                    showAnnotation(annotation);
                }
            }
        }
        super.writePage();
    }

    @Override
    public void beginText() throws IOException {
        textObject++;
        super.beginText();
    }

    @Override
    public void showForm(PDFormXObject form) throws IOException {
        formXObject++;
        super.showForm(form);
        formXObject++;
    }

    @Override
    protected void processTextPosition(TextPosition text) {
        origins.put(text, new long[] {formXObject, textObject, drawn++});
        super.processTextPosition(text);
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
        int start = 0;
        for (int i = 1; i < positions.size(); i++) {
            if (startsAnew(positions.get(i - 1), positions.get(i))) {
                addRun(positions.subList(start, i));
                start = i;
            }
        }
        addRun(positions.subList(start, positions.size()));
    }

    private boolean startsAnew(TextPosition previous, TextPosition next) {
        float end = previous.getXDirAdj() + previous.getWidthDirAdj();
        float size = Math.max(sizeOf(previous), sizeOf(next));
        boolean sizeChanges = Math.abs(sizeOf(previous) - sizeOf(next)) > 0.5f;
        boolean runsBackwards = next.getXDirAdj() < end - 0.5f * size;
        long[] before = origins.getOrDefault(previous, new long[3]);
        long[] after = origins.getOrDefault(next, new long[3]);
        boolean otherField = before[0] != after[0];
        boolean newTextElsewhere = before[1] != after[1] && Math.abs(next.getXDirAdj() - end) > 0.05f * size;
        return sizeChanges || runsBackwards || otherField || newTextElsewhere;
    }

    private void addRun(List<TextPosition> positions) {
        StringBuilder text = new StringBuilder();
        positions.forEach(position -> text.append(position.getUnicode()));
        String stripped = text.toString().strip();
        if (stripped.isEmpty()) {
            return;
        }
        TextPosition first = positions.get(0);
        TextPosition last = positions.get(positions.size() - 1);
        long order = origins.getOrDefault(first, new long[3])[2];
        runs.add(new TextRun(stripped, first.getXDirAdj(), last.getXDirAdj() + last.getWidthDirAdj(),
                first.getYDirAdj(), sizeOf(first), order));
    }

    /**
     * The size the text shows at on the page: the font size scaled by the text and graphics
     * matrices, since many forms set a 1-point font and scale it, or draw the whole page scaled.
     */
    private static float sizeOf(TextPosition position) {
        float shown = Math.abs(position.getYScale());
        return shown > 0 ? shown : position.getFontSizeInPt();
    }
}
