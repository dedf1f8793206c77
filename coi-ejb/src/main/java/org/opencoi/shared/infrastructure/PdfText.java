package org.opencoi.shared.infrastructure;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.font.PDType1Font;

/** Text made fit to show in a PDF written with one of the standard fonts. */
public final class PdfText {

    private PdfText() {
    }

    /** The text with each character the standard font cannot show replaced by "?". */
    public static String printable(PDType1Font font, String text) {
        StringBuilder shown = new StringBuilder(text.length());
        text.codePoints().mapToObj(Character::toString).forEach(character -> {
            try {
                font.encode(character);
                shown.append(character);
            } catch (IllegalArgumentException | IOException e) {
                shown.append('?');
            }
        });
        return shown.toString();
    }

    /** The text cut, with an ellipsis, to fit the width at the font size. */
    public static String fitted(PDType1Font font, float size, String text, float width) throws IOException {
        if (width(font, size, text) <= width) {
            return text;
        }
        String cut = text;
        while (!cut.isEmpty() && width(font, size, cut + "...") > width) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut + "...";
    }

    private static float width(PDType1Font font, float size, String text) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }
}
