package org.opencoi.certificate.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.opencoi.certificate.domain.ExtractedCertificate;
import org.opencoi.certificate.domain.ExtractedInsurer;
import org.opencoi.certificate.domain.ExtractedPolicy;
import org.opencoi.certificate.fixtures.Acord25Corpus;
import org.opencoi.certificate.fixtures.Acord25Corpus.Certificate;
import org.opencoi.certificate.fixtures.Acord25Corpus.Expected;
import org.opencoi.certificate.infrastructure.Acord25Reader;
import org.opencoi.shared.domain.CoverageType;

/**
 * Scores the reader on generated ACORD 25 certificates ({@link Acord25Corpus#withQuirks}: limits printed as words,
 * cover letters, ACORD 101 pages, extra limit rows), each read fillable, XFA-hybrid, flattened and printed to PDF:
 * the share of the fields each certificate states (names, insurers and NAIC codes, policy numbers, dates, limits)
 * read right, and the certificates accepted without review while one of them was read wrong, which must be none.
 *
 * <p>Run with {@code mvn -pl coi-ejb -Pscore verify -DskipTests} (beside {@link RealCertificateScore}); the number
 * of certificates and the seed are {@code -Dscore.corpus.size} and {@code -Dscore.corpus.seed}.
 */
public final class Acord25CorpusScore {

    private Acord25CorpusScore() {
    }

    public static void main(String[] args) {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 20250615L;
        List<Certificate> corpus = Acord25Corpus.withQuirks(size, seed);
        Acord25Reader reader = new Acord25Reader();
        Map<String, Function<Certificate, byte[]>> variants = new LinkedHashMap<>();
        variants.put("fillable", Certificate::fillable);
        variants.put("xfa-hybrid", Certificate::xfaHybrid);
        variants.put("flattened", Certificate::flattened);
        variants.put("printed", Certificate::printedToPdf);
        System.out.printf("%d generated certificates (seed %d)%n", size, seed);
        System.out.printf("%-11s %15s %8s %7s %16s  %s%n", "variant", "fields right", "", "review", "wrongly accepted",
                "fields most often wrong");
        variants.forEach((name, variant) -> {
            Score score = new Score();
            for (Certificate certificate : corpus) {
                score.add(certificate.expected(), reader.read(variant.apply(certificate)));
            }
            System.out.printf("%-11s %7d/%-7d %7.2f%% %7d %16d  %s%n", name, score.right, score.counted,
                    100.0 * score.right / score.counted, score.toReview, score.wronglyAccepted, score.mostOftenWrong());
        });
    }

    /** The fields of every certificate of one variant as they are counted. */
    private static final class Score {

        private int right;
        private int counted;
        private int toReview;
        private int wronglyAccepted;
        private final Map<String, Integer> wrong = new TreeMap<>();
        private final List<String> wrongHere = new ArrayList<>();

        void add(Expected expected, ExtractedCertificate read) {
            wrongHere.clear();
            check("producer", expected.producer(), read.producer().name().value());
            check("insured", expected.insured(), read.insured().name().value());
            check("holder", expected.holder(), read.holder().name().value());
            check("issue date", expected.issued(), read.issueDate().value());
            check("certificate number", expected.certificateNumber(), read.certificateNumber().value());
            expected.insurers().forEach((letter, insurer) -> {
                ExtractedInsurer found = read.insurers().stream()
                        .filter(i -> letter.equals(i.letter().value())).findFirst().orElse(null);
                check("insurer name", insurer.name(), found == null ? null : found.name().value());
                check("insurer NAIC", insurer.naic(),
                        found == null || !found.naic().isPresent() ? null : found.naic().value().digits());
            });
            check("coverage lines", expected.policies().keySet(),
                    read.policies().stream().map(ExtractedPolicy::coverage).collect(Collectors.toSet()));
            expected.policies().forEach((coverage, policy) -> {
                ExtractedPolicy found = read.policy(coverage).orElse(null);
                check(coverage + " number", policy.number(), found == null ? null : found.policyNumber().value());
                check(coverage + " insurer", expected.insurers().get(policy.letter()).name(),
                        found == null ? null : found.insurer().name().value());
                check(coverage + " effective", policy.effective(), found == null ? null : found.effectiveDate().value());
                check(coverage + " expiration", policy.expiration(), found == null ? null : found.expirationDate().value());
                policy.limits().forEach((kind, amount) -> check(coverage + " " + kind, amount,
                        found == null ? null : found.limit(kind).value()));
                if (found != null) {
                    // A limit the certificate does not state must not be read either.
                    found.limits().forEach((kind, amount) -> {
                        if (amount.isPresent() && !policy.limits().containsKey(kind)) {
                            check(coverage + " " + kind + " (not stated)", null, amount.value());
                        }
                    });
                }
                if (coverage == CoverageType.OTHER) {
                    check("OTHER name", policy.name(), found == null ? null : found.coverageName().value());
                }
            });
            if (read.needsReview()) {
                toReview++;
            } else if (!wrongHere.isEmpty()) {
                wronglyAccepted++;
            }
        }

        private void check(String field, Object expected, Object actual) {
            counted++;
            if (Objects.equals(expected, actual)) {
                right++;
            } else {
                wrongHere.add(field);
                wrong.merge(field, 1, Integer::sum);
            }
        }

        String mostOftenWrong() {
            return wrong.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(5)
                    .map(entry -> entry.getKey() + " " + entry.getValue()).collect(Collectors.joining(", "));
        }
    }
}
