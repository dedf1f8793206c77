package org.opencoi.certificate.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.opencoi.certificate.domain.ExtractionMethod;
import org.opencoi.certificate.domain.UnreadableDocumentException;
import org.opencoi.certificate.fixtures.Acord25Pdf;
import org.opencoi.certificate.fixtures.PdfSamples;

/** Every file that cannot be read as a certificate is refused with its reason, in bounded time and memory. */
class Acord25ReaderBadInputTest {

    private static final PdfReadingLimits SMALL_DECODING_LIMIT = PdfReadingLimits.DEFAULT.withMaxDecodedBytes(4 << 20);

    private final Acord25Reader reader = new Acord25Reader();

    @Test
    void refusesAnEmptyFile() {
        assertRefused(new byte[0], "the file is empty");
    }

    @Test
    void refusesAFileThatIsNotAPdf() {
        assertRefused("Certificate of insurance attached.".getBytes(StandardCharsets.UTF_8), "no %PDF- header");
    }

    @Test
    void refusesATruncatedPdf() {
        byte[] pdf = Acord25Pdf.fillable().with("NamedInsured_FullName_A", "Acme").build();

        assertRefused(Arrays.copyOf(pdf, pdf.length / 2), "truncated");
    }

    @Test
    void refusesAPasswordProtectedPdf() {
        byte[] pdf = PdfSamples.encrypted(Acord25Pdf.fillable().with("NamedInsured_FullName_A", "Acme").build(), "owner", "secret");

        assertRefused(pdf, "password-protected");
    }

    @Test
    void refusesAFileLargerThanTheLimit() {
        byte[] pdf = Acord25Pdf.fillable().build();
        Acord25Reader strict = new Acord25Reader(new PdfReadingLimits(pdf.length - 1, 10, 100_000, 64 << 20, 60_000_000));

        assertThatThrownBy(() -> strict.read(pdf)).isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("more than the " + (pdf.length - 1));
    }

    @Test
    void refusesMorePagesThanACertificateHasBeforeReadingAnyOfThem() {
        assertRefused(PdfSamples.blankPages(11), "has 11 pages; a certificate has at most 10");
        assertThat(new Acord25Reader(PdfReadingLimits.DEFAULT.withMaxPages(11)).read(PdfSamples.blankPages(11)).method())
                .isEqualTo(ExtractionMethod.UNREADABLE);
    }

    @Test
    void refusesADecompressionBombWithinBoundedTimeAndMemory() {
        byte[] bomb = PdfSamples.decompressionBomb(64L << 20);
        Acord25Reader bounded = new Acord25Reader(SMALL_DECODING_LIMIT);

        long allocated = allocatedBy(() -> assertThatThrownBy(() -> bounded.read(bomb))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("decompression bomb"));

        assertThat(bomb.length).isLessThan(1 << 20);
        assertThat(allocated).as("bytes allocated while refusing the bomb").isLessThan(24L << 20);
    }

    @Test
    void refusesAnObjectStreamThatDecodesToMoreThanTheLimit() {
        byte[] bomb = PdfSamples.objectStreamBomb(8 << 20);

        assertThatThrownBy(() -> new Acord25Reader(SMALL_DECODING_LIMIT).read(bomb))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("decompression bomb");
    }

    @Test
    void refusesArraysNestedDeeperThanPdfBoxFollows() {
        assertRefused(PdfSamples.nestedArrays(200_000), "not a readable PDF");
    }

    @Test
    void refusesAPageTreeNestedDeeperThanTheStackCanFollow() {
        assertRefused(PdfSamples.deepPageTree(50_000), "nests its objects too deeply");
    }

    @Test
    void theFieldReaderRefusesBadInputTheSameWay() {
        assertThatThrownBy(() -> new AcroFormFieldReader().read(PdfSamples.blankPages(11)))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("has 11 pages");
    }

    private void assertRefused(byte[] pdf, String reason) {
        long started = System.nanoTime();
        assertThatThrownBy(() -> reader.read(pdf))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining(reason);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }

    /** Bytes the current thread allocated while running the action, as the JVM counts them. */
    private static long allocatedBy(Runnable action) {
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        action.run();
        return threads.getCurrentThreadAllocatedBytes() - before;
    }
}
