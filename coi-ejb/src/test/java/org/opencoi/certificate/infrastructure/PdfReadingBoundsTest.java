package org.opencoi.certificate.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.opencoi.certificate.domain.ExtractionMethod;
import org.opencoi.certificate.domain.UnreadableDocumentException;
import org.opencoi.certificate.fixtures.PdfSamples;

/** The reading limits let real documents through, however they are built, and keep bombs out. */
class PdfReadingBoundsTest {

    private final Acord25Reader reader = new Acord25Reader(PdfReadingLimits.DEFAULT);

    @Test
    void readsAPrintedPageMadeOfManySmallStreams() {
        byte[] printed = PdfSamples.manySmallStreams(400, 6_000);

        // Drawn, without text: a page for OCR.
        assertThat(reader.read(printed).method()).isEqualTo(ExtractionMethod.NEEDS_OCR);
    }

    @Test
    void readsAColourLetterPageScannedAt600Dpi() {
        byte[] scan = PdfSamples.colourScan(5100, 6600);

        assertThat(reader.read(scan).method()).isEqualTo(ExtractionMethod.NEEDS_OCR);
    }

    @Test
    void refusesAStreamDecodingPastTheBudgetAsSoonAsItPassesIt() {
        byte[] bomb = PdfSamples.decompressionBomb(256L << 20);
        long started = System.nanoTime();

        assertThatThrownBy(() -> reader.read(bomb)).isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("decompression bomb");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void refusesManySmallStreamsThatTogetherDecodePastTheBudget() {
        byte[] bomb = PdfSamples.manySmallStreams(400, 6_000);
        Acord25Reader bounded = new Acord25Reader(PdfReadingLimits.DEFAULT.withMaxDecodedBytes(1 << 20));

        assertThatThrownBy(() -> bounded.read(bomb)).isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("decode to more than 1048576 bytes");
    }

    @Test
    void refusesAnImageClaimingMorePixelsThanAPageScanHas() {
        assertThatThrownBy(() -> reader.read(PdfSamples.imageClaiming(100_000, 100_000)))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("100000 x 100000 pixels");
    }

    @Test
    void refusesAJpegWhoseFrameClaimsMorePixelsThanItsDictionarySays() {
        assertThatThrownBy(() -> reader.read(PdfSamples.jpegClaiming(60_000, 60_000)))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("60000 x 60000 pixels");
    }
}
