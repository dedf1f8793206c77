package org.opencoi.certificate.infrastructure;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

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
    public static final String MAX_BYTES_SETTING = "COI_PDF_MAX_BYTES";
    public static final String MAX_PAGES_SETTING = "COI_PDF_MAX_PAGES";

    public PdfReadingLimits {
        if (maxBytes <= 0 || maxPages <= 0 || maxObjects <= 0 || maxDecodedBytes <= 0) {
            throw new IllegalArgumentException("every limit must be positive");
        }
    }

    /**
     * The limits the server runs with: the defaults, with the largest file and the most pages taken from the settings
     * {@value #MAX_BYTES_SETTING} and {@value #MAX_PAGES_SETTING} when set (see the README's settings).
     */
    public static PdfReadingLimits configured() {
        Config config = ConfigProvider.getConfig();
        return new PdfReadingLimits(config.getOptionalValue(MAX_BYTES_SETTING, Integer.class).orElse(DEFAULT.maxBytes()),
                config.getOptionalValue(MAX_PAGES_SETTING, Integer.class).orElse(DEFAULT.maxPages()),
                DEFAULT.maxObjects(), DEFAULT.maxDecodedBytes());
    }

    public PdfReadingLimits withMaxPages(int pages) {
        return new PdfReadingLimits(maxBytes, pages, maxObjects, maxDecodedBytes);
    }

    public PdfReadingLimits withMaxDecodedBytes(int bytes) {
        return new PdfReadingLimits(maxBytes, maxPages, maxObjects, bytes);
    }
}
