package org.opencoi.certificate.infrastructure;

import java.util.Locale;

/**
 * A piece of text on a page that PDFBox shows without a gap, with where it sits: its left and
 * right edges and its baseline, in points from the page's left and top edges, and its font size.
 * Its key is the text as printed labels are compared: without case or spacing, which differ
 * between editions of a form and between PDF producers. Its order is when the page drew it, so
 * that of two values printed over each other the visible one, drawn last, can be told.
 */
record TextRun(String text, float left, float right, float baseline, float size, String key, long order) {

    TextRun(String text, float left, float right, float baseline, float size) {
        this(text, left, right, baseline, size, 0);
    }

    TextRun(String text, float left, float right, float baseline, float size, long order) {
        this(text, left, right, baseline, size, keyOf(text), order);
    }

    static String keyOf(String text) {
        // A plain loop: every run of every page is keyed, and a stream here was a tenth of a flattened read.
        StringBuilder key = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                key.appendCodePoint(c);
            }
            i += Character.charCount(c);
        }
        return key.toString().toUpperCase(Locale.ROOT);
    }

    float center() {
        return (left + right) / 2;
    }

    /** Whether the other run sits on the same printed line, allowing for labels set a little higher or lower. */
    boolean onLineOf(TextRun other) {
        return Math.abs(baseline - other.baseline) <= Math.max(size, other.size) * 0.6f;
    }
}
