package org.opencoi.certificate.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PdfReadingLimitsTest {

    @AfterEach
    void forgetSettings() {
        System.clearProperty("COI_PDF_MAX_PAGES");
        System.clearProperty("COI_PDF_MAX_BYTES");
        System.clearProperty("COI_PDF_MAX_DECODED_BYTES");
        System.clearProperty("COI_PDF_MAX_IMAGE_PIXELS");
    }

    @Test
    void serverLimitsAreTheDefaultsUnlessConfigured() {
        assertThat(PdfReadingLimits.configured()).isEqualTo(PdfReadingLimits.DEFAULT);

        System.setProperty("COI_PDF_MAX_PAGES", "3");
        System.setProperty("COI_PDF_MAX_BYTES", "1048576");
        System.setProperty("COI_PDF_MAX_DECODED_BYTES", "2097152");
        System.setProperty("COI_PDF_MAX_IMAGE_PIXELS", "40000000");

        assertThat(PdfReadingLimits.configured().maxPages()).isEqualTo(3);
        assertThat(PdfReadingLimits.configured().maxBytes()).isEqualTo(1_048_576);
        assertThat(PdfReadingLimits.configured().maxDecodedBytes()).isEqualTo(2_097_152);
        assertThat(PdfReadingLimits.configured().maxImagePixels()).isEqualTo(40_000_000);
        assertThat(PdfReadingLimits.configured().maxObjects()).isEqualTo(PdfReadingLimits.DEFAULT.maxObjects());
    }

    @Test
    void aMalformedSettingIsAClearError() {
        System.setProperty("COI_PDF_MAX_PAGES", "ten");

        assertThatThrownBy(PdfReadingLimits::configured).hasMessageContaining("COI_PDF_MAX_PAGES");
    }
}
