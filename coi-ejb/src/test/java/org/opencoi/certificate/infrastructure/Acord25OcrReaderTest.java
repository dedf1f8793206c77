package org.opencoi.certificate.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Function;
import org.apache.pdfbox.rendering.ImageType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opencoi.certificate.domain.ExtractedCertificate;
import org.opencoi.certificate.domain.ExtractedPolicy;
import org.opencoi.certificate.domain.ExtractedValue;
import org.opencoi.certificate.domain.ExtractionMethod;
import org.opencoi.certificate.fixtures.Acord25Corpus;
import org.opencoi.certificate.fixtures.Acord25Corpus.Certificate;
import org.opencoi.certificate.fixtures.FieldAccuracy;
import org.opencoi.certificate.fixtures.PdfSamples;
import org.opencoi.certificate.fixtures.ScannedPdf;

/**
 * Certificates without a text layer, read by OCR with the real Tesseract: one generated flattened
 * certificate rendered to a page picture (300 dpi, 200 dpi grey, turned to landscape, skewed) and
 * drawn as glyph outlines. The fast reading says each needs OCR; the OCR reading finds the insured,
 * the policy numbers, dates and limits, and nothing it reads wrong is taken with confidence.
 */
class Acord25OcrReaderTest {

    private static final Certificate CERTIFICATE = Acord25Corpus.generate(1, 20250615L).get(0);
    private static Acord25Reader reader;

    @BeforeAll
    static void startReader() {
        reader = new Acord25Reader();
    }

    @AfterAll
    static void closeReader() {
        reader.close();
    }

    @Test
    void readsACertificateScannedAt300Dpi() {
        assertReadByOcr(flattened -> ScannedPdf.imageOnly(flattened, 300, ImageType.GRAY), 0.85);
    }

    @Test
    void readsACertificateScannedAt200DpiGrey() {
        assertReadByOcr(flattened -> ScannedPdf.imageOnly(flattened, 200, ImageType.GRAY), 0.7);
    }

    @Test
    void turnsALandscapeScanUpright() {
        assertReadByOcr(flattened -> ScannedPdf.turnedToLandscape(flattened, 300), 0.85);
    }

    @Test
    void straightensAPageScannedTwoDegreesCrooked() {
        assertReadByOcr(flattened -> ScannedPdf.skewed(flattened, 300, 2), 0.85);
    }

    @Test
    void readsACertificateWhoseTextIsDrawnAsOutlines() {
        assertReadByOcr(ScannedPdf::outlined, 0.8);
    }

    @Test
    void aLetterWithTextIsNotLeftToOcr() {
        assertThat(reader.read(PdfSamples.letter("Dear vendor,", "please find our certificate attached.")).method())
                .isEqualTo(ExtractionMethod.UNREADABLE);
    }

    @Test
    void aBlankPageIsNotLeftToOcr() {
        assertThat(reader.read(PdfSamples.blankPages(1)).method()).isEqualTo(ExtractionMethod.UNREADABLE);
    }

    @Test
    void aPictureThatIsNoCertificateIsUnreadableByOcr() {
        byte[] scan = PdfSamples.scan();

        assertThat(reader.read(scan).method()).isEqualTo(ExtractionMethod.NEEDS_OCR);
        assertThat(reader.readByOcr(scan)).isEqualTo(ExtractedCertificate.unreadable());
    }

    private static void assertReadByOcr(Function<byte[], byte[]> scanning, double least) {
        byte[] scan = scanning.apply(CERTIFICATE.flattened());

        assertThat(reader.read(scan).method()).isEqualTo(ExtractionMethod.NEEDS_OCR);
        ExtractedCertificate read = reader.readByOcr(scan);

        assertThat(read.method()).isEqualTo(ExtractionMethod.OCR);
        FieldAccuracy accuracy = new FieldAccuracy();
        accuracy.compare(CERTIFICATE.expected(), read);
        System.out.println("ACORD 25 by OCR: " + accuracy);
        assertThat(accuracy.rate()).as("fields read right (misses: %s)", accuracy.misses()).isGreaterThanOrEqualTo(least);
        assertThat(read.insured().name().value()).isEqualTo(CERTIFICATE.expected().insured());
        CERTIFICATE.expected().policies().forEach((coverage, policy) -> {
            ExtractedPolicy found = read.policy(coverage).orElseThrow();
            assertThat(found.policyNumber().value()).isEqualTo(policy.number());
            assertConfidentOnlyWhenRight(found.effectiveDate(), policy.effective());
            assertConfidentOnlyWhenRight(found.expirationDate(), policy.expiration());
            policy.limits().forEach((kind, amount) -> assertConfidentOnlyWhenRight(found.limit(kind), amount));
        });
        assertThat(accuracy.acceptedWhileWrong()).isZero();
    }

    private static <T> void assertConfidentOnlyWhenRight(ExtractedValue<T> read, Object expected) {
        if (read.isConfident()) {
            assertThat(read.value()).as("a value read with confidence %s", read.confidence()).isEqualTo(expected);
        }
    }
}
