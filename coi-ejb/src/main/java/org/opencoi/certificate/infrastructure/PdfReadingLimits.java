package org.opencoi.certificate.infrastructure;

/**
 * How much of a received PDF the readers are willing to process, so that a hostile or broken file
 * (a decompression bomb, a thousand-page scan, a file with millions of objects) is refused in
 * bounded time and memory instead of taking the server down. An ACORD 25 is one or two pages,
 * well under a megabyte, a few thousand objects, and decodes to a few megabytes at most.
 *
 * @param maxBytes largest file accepted
 * @param maxPages most pages accepted; checked before any page is read
 * @param maxObjects most top-level objects the cross-reference table may list
 * @param maxDecodedBytes most bytes all checked streams together may decode to
 */
public record PdfReadingLimits(int maxBytes, int maxPages, int maxObjects, int maxDecodedBytes) {

    public static final PdfReadingLimits DEFAULT = new PdfReadingLimits(10 << 20, 10, 100_000, 64 << 20);

    public PdfReadingLimits {
        if (maxBytes <= 0 || maxPages <= 0 || maxObjects <= 0 || maxDecodedBytes <= 0) {
            throw new IllegalArgumentException("every limit must be positive");
        }
    }

    /**
     * The limits the server runs with: the defaults, with the largest file and the most pages taken from
     * COI_PDF_MAX_BYTES and COI_PDF_MAX_PAGES when set (environment, or system properties of those names).
     */
    public static PdfReadingLimits configured() {
        return new PdfReadingLimits(setting("COI_PDF_MAX_BYTES", DEFAULT.maxBytes()),
                setting("COI_PDF_MAX_PAGES", DEFAULT.maxPages()), DEFAULT.maxObjects(), DEFAULT.maxDecodedBytes());
    }

    private static int setting(String name, int fallback) {
        String value = System.getProperty(name, System.getenv(name));
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalStateException(name + " must be a whole number, not " + value, e);
        }
    }

    public PdfReadingLimits withMaxPages(int pages) {
        return new PdfReadingLimits(maxBytes, pages, maxObjects, maxDecodedBytes);
    }

    public PdfReadingLimits withMaxDecodedBytes(int bytes) {
        return new PdfReadingLimits(maxBytes, maxPages, maxObjects, bytes);
    }
}
