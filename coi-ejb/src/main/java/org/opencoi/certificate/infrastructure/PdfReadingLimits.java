package org.opencoi.certificate.infrastructure;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * How much of a received PDF the readers are willing to process, so that a hostile or broken file
 * (a decompression bomb, a thousand-page scan, a file with millions of objects) is refused in
 * bounded time and memory instead of taking the server down. An ACORD 25 is one or two pages,
 * well under a megabyte, a few thousand objects, and its streams decode to a few megabytes (a
 * Windows print to PDF, some hundreds of small streams, to about 2.5 MB); a scanned one is a page
 * image, 5100 x 6600 pixels for a colour letter page at 600 dpi.
 *
 * @param maxBytes largest file accepted
 * @param maxPages most pages accepted; checked before any page is read
 * @param maxObjects most top-level objects the cross-reference table may list
 * @param maxDecodedBytes most bytes all streams but the images together really decode to
 * @param maxImagePixels most pixels (width times height) one image may have; images are left out of
 *        the decoded bytes, since what one decodes to follows from its size, known before decoding it,
 *        and a single 600-dpi colour page (about 101 MB raw) would otherwise need a budget that lets a
 *        text-stream bomb of the same size through
 */
public record PdfReadingLimits(int maxBytes, int maxPages, int maxObjects, int maxDecodedBytes, int maxImagePixels) {

    public static final PdfReadingLimits DEFAULT = new PdfReadingLimits(10 << 20, 10, 100_000, 64 << 20, 60_000_000);
    public static final String MAX_BYTES_SETTING = "COI_PDF_MAX_BYTES";
    public static final String MAX_PAGES_SETTING = "COI_PDF_MAX_PAGES";
    public static final String MAX_DECODED_BYTES_SETTING = "COI_PDF_MAX_DECODED_BYTES";
    public static final String MAX_IMAGE_PIXELS_SETTING = "COI_PDF_MAX_IMAGE_PIXELS";

    public PdfReadingLimits {
        if (maxBytes <= 0 || maxPages <= 0 || maxObjects <= 0 || maxDecodedBytes <= 0 || maxImagePixels <= 0) {
            throw new IllegalArgumentException("every limit must be positive");
        }
    }

    /**
     * The limits the server runs with: the defaults, with the largest file, the most pages, the decoded bytes and the
     * pixels per image taken from the settings {@value #MAX_BYTES_SETTING}, {@value #MAX_PAGES_SETTING},
     * {@value #MAX_DECODED_BYTES_SETTING} and {@value #MAX_IMAGE_PIXELS_SETTING} when set (see the README's settings).
     */
    public static PdfReadingLimits configured() {
        Config config = ConfigProvider.getConfig();
        return new PdfReadingLimits(config.getOptionalValue(MAX_BYTES_SETTING, Integer.class).orElse(DEFAULT.maxBytes()),
                config.getOptionalValue(MAX_PAGES_SETTING, Integer.class).orElse(DEFAULT.maxPages()),
                DEFAULT.maxObjects(),
                config.getOptionalValue(MAX_DECODED_BYTES_SETTING, Integer.class).orElse(DEFAULT.maxDecodedBytes()),
                config.getOptionalValue(MAX_IMAGE_PIXELS_SETTING, Integer.class).orElse(DEFAULT.maxImagePixels()));
    }

    public PdfReadingLimits withMaxPages(int pages) {
        return new PdfReadingLimits(maxBytes, pages, maxObjects, maxDecodedBytes, maxImagePixels);
    }

    public PdfReadingLimits withMaxDecodedBytes(int bytes) {
        return new PdfReadingLimits(maxBytes, maxPages, maxObjects, bytes, maxImagePixels);
    }

    public PdfReadingLimits withMaxImagePixels(int pixels) {
        return new PdfReadingLimits(maxBytes, maxPages, maxObjects, maxDecodedBytes, pixels);
    }
}
