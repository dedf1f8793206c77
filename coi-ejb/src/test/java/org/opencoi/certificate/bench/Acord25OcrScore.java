package org.opencoi.certificate.bench;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.rendering.ImageType;
import org.opencoi.certificate.domain.ExtractedCertificate;
import org.opencoi.certificate.fixtures.Acord25Corpus;
import org.opencoi.certificate.fixtures.Acord25Corpus.Certificate;
import org.opencoi.certificate.fixtures.FieldAccuracy;
import org.opencoi.certificate.fixtures.ScannedPdf;
import org.opencoi.certificate.infrastructure.Acord25Reader;

/**
 * OCR over the generated corpus: every certificate flattened, rendered to a 300-dpi grey page picture
 * and read by OCR; prints the field accuracy by category, the certificates that would have been decided
 * on without review with a wrong field, and the median and slowest seconds per page of the OCR reading
 * (rendering and recognition, one page at a time, on one thread).
 *
 * <p>Run with {@code mvn -pl coi-ejb -Pocr-score verify -DskipTests} ({@code -Docr.count}, by default 50).
 */
public final class Acord25OcrScore {

    private Acord25OcrScore() {
    }

    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        List<Certificate> corpus = Acord25Corpus.generate(count, 20250615L);
        Acord25Reader reader = new Acord25Reader();
        FieldAccuracy accuracy = new FieldAccuracy();
        List<Double> seconds = new ArrayList<>();
        try {
            // The first reading loads the trained data; it is not what a page costs.
            reader.readByOcr(ScannedPdf.imageOnly(corpus.get(0).flattened(), 300, ImageType.GRAY));
            for (Certificate certificate : corpus) {
                byte[] scan = ScannedPdf.imageOnly(certificate.flattened(), 300, ImageType.GRAY);
                long started = System.nanoTime();
                ExtractedCertificate read = reader.readByOcr(scan);
                seconds.add((System.nanoTime() - started) / 1e9);
                accuracy.compare(certificate.expected(), read);
            }
        } finally {
            reader.close();
        }
        seconds.sort(Double::compare);
        System.out.printf("ACORD 25 by OCR over %d certificates scanned at 300 dpi: %s%n", count, accuracy);
        System.out.printf("seconds per page: median %.2f, slowest %.2f%n", seconds.get(seconds.size() / 2),
                seconds.get(seconds.size() - 1));
        accuracy.misses().forEach(miss -> System.out.println("  " + miss));
    }
}
