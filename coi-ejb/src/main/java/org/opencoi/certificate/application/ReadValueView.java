package org.opencoi.certificate.application;

import org.opencoi.certificate.domain.PageRegion;
import org.opencoi.certificate.domain.ReadValue;

/**
 * One value as it was read from a certificate's document, for the review screen to show beside the page: the field
 * (a key that stays the same, and a label in people's words), the text as the document shows it, the value
 * understood from it (null when the text did not read as one), how far it was trusted (0 to 1), and where it was
 * read ({@code where}, null when the reader does not know).
 */
public record ReadValueView(String field, String label, String text, String value, double confidence, Where where) {

    /** A rectangle on a page (from 1), in points from the page's left and top edges, the page shown upright. */
    public record Where(int page, float left, float top, float width, float height) {

        static Where of(PageRegion region) {
            return new Where(region.page(), region.left(), region.top(), region.width(), region.height());
        }
    }

    public static ReadValueView of(ReadValue read) {
        return new ReadValueView(read.getField(), read.getLabel(), read.getText(), read.getValue(),
                read.getConfidence(), read.where().map(Where::of).orElse(null));
    }
}
