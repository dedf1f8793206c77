package org.opencoi.certificate.bench;

import java.io.IOException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.text.PDFTextStripper;
import org.opencoi.certificate.domain.ExtractedCertificate;
import org.opencoi.certificate.domain.ExtractionMethod;
import org.opencoi.certificate.fixtures.Acord25Corpus;
import org.opencoi.certificate.fixtures.Acord25Corpus.Certificate;
import org.opencoi.certificate.infrastructure.Acord25Reader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * ACORD 25 reads per second on one thread, of a certificate with every coverage section filled in,
 * once fillable and once flattened, next to floors that only have PDFBox load the same documents
 * and list the form's fields, or extract the flattened page's text with a plain PDFTextStripper.
 * Run with {@code mvn -pl coi-ejb -Pbenchmark verify -DskipTests
 * -Djmh.args="-f 1 -wi 2 -i 3 -w 2s -r 2s org.opencoi.certificate.bench"}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
public class Acord25ReaderBenchmark {

    /** PDFBox warns each time it substitutes a font it does not find installed; a console full of warnings would be timed too. */
    private static final Logger PDFBOX_LOG = Logger.getLogger("org.apache.pdfbox");

    private Acord25Reader reader;
    private byte[] fillable;
    private byte[] flattened;

    @Setup
    public void prepare() {
        PDFBOX_LOG.setLevel(Level.SEVERE);
        Certificate richest = Acord25Corpus.generate(20, 2025L).stream()
                .max(Comparator.comparingInt(c -> c.expected().policies().size()))
                .orElseThrow();
        reader = new Acord25Reader();
        fillable = richest.fillable();
        flattened = richest.flattened();
        check(reader.read(fillable), ExtractionMethod.ACROFORM, richest, true);
        // A printed page's blank ADDL INSD / SUBR WVD cells are not known to be "no", so it may go to review.
        check(reader.read(flattened), ExtractionMethod.TEXT_LAYOUT, richest, false);
    }

    @Benchmark
    public ExtractedCertificate readFillable() {
        return reader.read(fillable);
    }

    @Benchmark
    public ExtractedCertificate readFlattened() {
        return reader.read(flattened);
    }

    /** The floor of the fillable read: PDFBox loads the document and lists its fields' values, nothing more. */
    @Benchmark
    public Map<String, String> floorLoadAndListFields() throws IOException {
        try (PDDocument document = Loader.loadPDF(fillable)) {
            Map<String, String> fields = new LinkedHashMap<>();
            for (PDField field : document.getDocumentCatalog().getAcroForm().getFieldTree()) {
                fields.put(field.getFullyQualifiedName(), field.getValueAsString());
            }
            return fields;
        }
    }

    /** The floor of the flattened read: PDFBox loads the document and extracts its text with a plain stripper. */
    @Benchmark
    public String floorLoadAndExtractText() throws IOException {
        try (PDDocument document = Loader.loadPDF(flattened)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static void check(ExtractedCertificate read, ExtractionMethod method, Certificate expected,
            boolean decidedAsRead) {
        if (read.method() != method || read.policies().size() != expected.expected().policies().size()
                || decidedAsRead && read.needsReview()) {
            throw new IllegalStateException("benchmark input read as " + read.method() + " with "
                    + read.policies().size() + " policies, review: " + read.uncertainKeyFields());
        }
    }
}
