package org.opencoi.shared.application;

/** The one rule for every paged listing: an offset of 0 or more and between 1 and 500 rows a page. */
public final class PageBounds {

    public static final int MAX_ROWS = 500;

    private PageBounds() {
    }

    /** Refuses a page request outside the bounds as a bad request. */
    public static void require(int offset, int limit) {
        if (offset < 0 || limit < 1 || limit > MAX_ROWS) {
            throw new InvalidRequestException("offset must be 0 or more and limit between 1 and " + MAX_ROWS);
        }
    }
}
