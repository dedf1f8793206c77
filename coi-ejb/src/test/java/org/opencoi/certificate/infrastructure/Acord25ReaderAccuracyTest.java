package org.opencoi.certificate.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opencoi.certificate.domain.ExtractedCertificate;
import org.opencoi.certificate.domain.ExtractedInsurer;
import org.opencoi.certificate.domain.ExtractedPolicy;
import org.opencoi.certificate.domain.ExtractionMethod;
import org.opencoi.certificate.fixtures.Acord25Corpus;
import org.opencoi.certificate.fixtures.Acord25Corpus.Certificate;
import org.opencoi.certificate.fixtures.Acord25Corpus.Expected;
import org.opencoi.shared.domain.CoverageType;

/**
 * Field-level accuracy of the reader over a corpus of generated certificates, once fillable and
 * once flattened: every name, policy number, date and limit the certificate states is compared with
 * what was read.
 */
class Acord25ReaderAccuracyTest {

    private static final int CORPUS_SIZE = 50;
    private static List<Certificate> corpus;

    private final Acord25Reader reader = new Acord25Reader();

    @BeforeAll
    static void generateCorpus() {
        corpus = Acord25Corpus.generate(CORPUS_SIZE, 20250615L);
    }

    @Test
    void readsEveryFieldOfFillableCertificates() {
        Accuracy accuracy = measure(Certificate::fillable, ExtractionMethod.ACROFORM);

        System.out.println("ACORD 25 fillable accuracy over " + CORPUS_SIZE + " certificates: " + accuracy);
        assertThat(accuracy.misses).isEmpty();
    }

    @Test
    void readsAtLeast98PercentOfTheFieldsOfFlattenedCertificates() {
        Accuracy accuracy = measure(Certificate::flattened, ExtractionMethod.TEXT_LAYOUT);

        System.out.println("ACORD 25 flattened accuracy over " + CORPUS_SIZE + " certificates: " + accuracy);
        assertAtLeast98Percent(accuracy);
    }

    @Test
    void readsAtLeast98PercentOfTheFieldsOfCertificatesPrintedToPdf() {
        Accuracy accuracy = measure(Certificate::printedToPdf, ExtractionMethod.TEXT_LAYOUT);

        System.out.println("ACORD 25 printed-to-PDF accuracy over " + CORPUS_SIZE + " certificates: " + accuracy);
        assertAtLeast98Percent(accuracy);
    }

    private static void assertAtLeast98Percent(Accuracy accuracy) {
        for (String category : List.of("names", "policy numbers", "dates", "limits")) {
            assertThat(accuracy.rate(category)).as("%s read right (misses: %s)", category, accuracy.misses)
                    .isGreaterThanOrEqualTo(0.98);
        }
    }

    private Accuracy measure(Function<Certificate, byte[]> variant, ExtractionMethod method) {
        Accuracy accuracy = new Accuracy();
        for (Certificate certificate : corpus) {
            ExtractedCertificate read = reader.read(variant.apply(certificate));
            assertThat(read.method()).isEqualTo(method);
            compare(certificate.expected(), read, accuracy);
        }
        return accuracy;
    }

    private static void compare(Expected expected, ExtractedCertificate read, Accuracy accuracy) {
        accuracy.check("names", "producer", expected.producer(), read.producer().name().value());
        accuracy.check("names", "insured", expected.insured(), read.insured().name().value());
        accuracy.check("names", "holder", expected.holder(), read.holder().name().value());
        accuracy.check("dates", "issued", expected.issued(), read.issueDate().value());
        accuracy.check("policy numbers", "certificate number", expected.certificateNumber(), read.certificateNumber().value());
        expected.insurers().forEach((letter, insurer) -> {
            ExtractedInsurer found = read.insurers().stream()
                    .filter(i -> letter.equals(i.letter().value())).findFirst().orElse(null);
            accuracy.check("names", "insurer " + letter, insurer.name(), found == null ? null : found.name().value());
            accuracy.check("names", "NAIC " + letter, insurer.naic(),
                    found == null || !found.naic().isPresent() ? null : found.naic().value().digits());
        });
        accuracy.check("policy numbers", "coverage lines", expected.policies().keySet(),
                read.policies().stream().map(ExtractedPolicy::coverage).collect(Collectors.toSet()));
        expected.policies().forEach((coverage, policy) -> {
            ExtractedPolicy found = read.policy(coverage).orElse(null);
            String line = coverage.name();
            accuracy.check("policy numbers", line + " number", policy.number(), found == null ? null : found.policyNumber().value());
            accuracy.check("names", line + " insurer", expected.insurers().get(policy.letter()).name(),
                    found == null ? null : found.insurer().name().value());
            accuracy.check("dates", line + " effective", policy.effective(), found == null ? null : found.effectiveDate().value());
            accuracy.check("dates", line + " expiration", policy.expiration(), found == null ? null : found.expirationDate().value());
            policy.limits().forEach((kind, amount) -> accuracy.check("limits", line + " " + kind, amount,
                    found == null ? null : found.limit(kind).value()));
            if (coverage == CoverageType.OTHER) {
                accuracy.check("names", "OTHER name", policy.name(), found == null ? null : found.coverageName().value());
            }
        });
    }

    /** Fields compared and fields read wrong, by category. */
    private static final class Accuracy {
        private final Map<String, int[]> counts = new TreeMap<>();
        private final List<String> misses = new ArrayList<>();

        void check(String category, String field, Object expected, Object actual) {
            int[] count = counts.computeIfAbsent(category, c -> new int[2]);
            count[0]++;
            if (Objects.equals(expected, actual)) {
                count[1]++;
            } else {
                misses.add(field + ": expected " + expected + ", read " + actual);
            }
        }

        double rate(String category) {
            int[] count = counts.get(category);
            return (double) count[1] / count[0];
        }

        @Override
        public String toString() {
            StringBuilder text = new StringBuilder();
            counts.forEach((category, count) -> text.append(String.format("%s %d/%d (%.1f%%); ", category, count[1], count[0],
                    100.0 * count[1] / count[0])));
            return text.toString();
        }
    }
}
