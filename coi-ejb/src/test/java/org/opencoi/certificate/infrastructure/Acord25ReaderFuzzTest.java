package org.opencoi.certificate.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opencoi.certificate.domain.ExtractedCertificate;
import org.opencoi.certificate.domain.UnreadableDocumentException;
import org.opencoi.certificate.fixtures.Acord25Corpus;
import org.opencoi.certificate.fixtures.Acord25Corpus.Certificate;

/**
 * Thousands of damaged copies of valid certificates (bytes flipped, cut off, chunks duplicated),
 * fillable and flattened: each one is either read or refused as unreadable, never anything else,
 * and none takes longer than a few seconds. Run longer with -Dacord25.fuzz.documents=N and another
 * -Dacord25.fuzz.seed=S.
 */
class Acord25ReaderFuzzTest {

    private static final int DOCUMENTS = Integer.getInteger("acord25.fuzz.documents", 2500);
    private static final long SEED = Long.getLong("acord25.fuzz.seed", 25L);
    private static final long SECONDS_PER_DOCUMENT = 5;
    private static final byte[] END_OF_FILE = "\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    /** PDFBox logs every repair it attempts on a damaged file; thousands of them would drown the build's output. */
    private static final Logger PDFBOX_LOG = Logger.getLogger("org.apache.pdfbox");
    private static Level pdfBoxLevel;

    private final Acord25Reader reader = new Acord25Reader();

    @BeforeAll
    static void silencePdfBoxRepairs() {
        pdfBoxLevel = PDFBOX_LOG.getLevel();
        PDFBOX_LOG.setLevel(Level.OFF);
    }

    @AfterAll
    static void restorePdfBoxLogging() {
        PDFBOX_LOG.setLevel(pdfBoxLevel);
    }

    @Test
    void everyDamagedCertificateIsReadOrRefusedAsUnreadableInBoundedTime() throws InterruptedException {
        List<byte[]> originals = new ArrayList<>();
        for (Certificate certificate : Acord25Corpus.generate(3, SEED)) {
            originals.add(certificate.fillable());
            originals.add(certificate.flattened());
        }
        Random random = new Random(SEED);
        List<String> failures = new ArrayList<>();
        int read = 0;
        int refused = 0;
        ExecutorService worker = Executors.newSingleThreadExecutor();
        try {
            for (int i = 0; i < DOCUMENTS; i++) {
                byte[] damaged = damage(originals.get(random.nextInt(originals.size())), random);
                Future<ExtractedCertificate> reading = worker.submit(() -> reader.read(damaged));
                try {
                    assertThat(reading.get(SECONDS_PER_DOCUMENT, TimeUnit.SECONDS)).isNotNull();
                    read++;
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof UnreadableDocumentException) {
                        refused++;
                    } else {
                        failures.add("document " + i + ": " + e.getCause());
                    }
                } catch (TimeoutException e) {
                    failures.add("document " + i + " still reading after " + SECONDS_PER_DOCUMENT + " s");
                    reading.cancel(true);
                    worker.shutdownNow();
                    worker = Executors.newSingleThreadExecutor();
                }
            }
        } finally {
            worker.shutdownNow();
        }
        System.out.printf("ACORD 25 fuzz: %d damaged certificates, %d read, %d refused as unreadable, %d failures%n",
                DOCUMENTS, read, refused, failures.size());
        assertThat(failures).isEmpty();
        assertThat(read).as("damaged copies still read").isPositive();
        assertThat(refused).as("damaged copies refused").isPositive();
    }

    /** One to three kinds of damage: random bytes overwritten, the file cut off (and closed again or not), a chunk repeated. */
    private static byte[] damage(byte[] original, Random random) {
        byte[] pdf = original;
        int kinds = 1 + random.nextInt(3);
        for (int k = 0; k < kinds; k++) {
            pdf = switch (random.nextInt(4)) {
                case 0 -> flipBytes(pdf, random);
                case 1 -> Arrays.copyOf(pdf, random.nextInt(pdf.length));
                case 2 -> closed(Arrays.copyOf(pdf, random.nextInt(pdf.length)));
                default -> repeatChunk(pdf, random);
            };
            if (pdf.length == 0) {
                return pdf;
            }
        }
        return pdf;
    }

    private static byte[] flipBytes(byte[] pdf, Random random) {
        byte[] flipped = pdf.clone();
        int flips = 1 + random.nextInt(16);
        for (int i = 0; i < flips; i++) {
            flipped[random.nextInt(flipped.length)] = (byte) random.nextInt(256);
        }
        return flipped;
    }

    /** A cut-off file with an end marker appended, so that the parser rather than the marker check meets it. */
    private static byte[] closed(byte[] truncated) {
        byte[] closed = Arrays.copyOf(truncated, truncated.length + END_OF_FILE.length);
        System.arraycopy(END_OF_FILE, 0, closed, truncated.length, END_OF_FILE.length);
        return closed;
    }

    private static byte[] repeatChunk(byte[] pdf, Random random) {
        int start = random.nextInt(pdf.length);
        int length = Math.min(pdf.length - start, 1 + random.nextInt(4096));
        int at = random.nextInt(pdf.length);
        byte[] repeated = new byte[pdf.length + length];
        System.arraycopy(pdf, 0, repeated, 0, at);
        System.arraycopy(pdf, start, repeated, at, length);
        System.arraycopy(pdf, at, repeated, at + length, pdf.length - at);
        return repeated;
    }
}
