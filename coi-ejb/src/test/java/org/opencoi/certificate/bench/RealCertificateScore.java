package org.opencoi.certificate.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.opencoi.certificate.domain.ExtractedCertificate;
import org.opencoi.certificate.domain.ExtractedPolicy;
import org.opencoi.certificate.domain.ExtractedValue;
import org.opencoi.certificate.domain.UnreadableDocumentException;
import org.opencoi.certificate.infrastructure.Acord25Reader;
import org.opencoi.shared.domain.CoverageType;
import org.opencoi.shared.domain.LimitKind;
import org.opencoi.shared.domain.PolicyForm;

/**
 * Scores the reader against real certificates and the truth a person wrote down for each: a folder of PDFs with a
 * {@code truth/<file>.json} beside them (the format of {@code ../shared/real-cois/README.md}). Every field the truth
 * states counts (the parties' names; per coverage row its coverage, number, insurer name and NAIC code, dates, each
 * limit, claims-made, additional insured, waiver; the certificate's date), and a field is right when the reader
 * gives the truth's value or one of its alternates. A missing value is a wrong one. The figure that must stay zero:
 * documents the reader would let through without review while a field is wrong.
 *
 * <p>Run with {@code mvn -pl coi-ejb -Pscore verify -DskipTests} (folder {@code -Dscore.dir}, by default
 * {@code ../shared/real-cois} beside the project). A document whose pages need OCR is read by OCR, as the server
 * reads it after the upload. It prints field names, never the documents' values.
 */
public final class RealCertificateScore {

    private static final ObjectMapper JSON = new ObjectMapper();

    private RealCertificateScore() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "../../shared/real-cois");
        if (!Files.isDirectory(folder.resolve("truth"))) {
            System.out.println("no certificates with their truth at " + folder.toAbsolutePath() + ": nothing scored");
            return;
        }
        List<Path> documents;
        try (Stream<Path> files = Files.list(folder)) {
            documents = files.filter(f -> f.toString().endsWith(".pdf"))
                    .filter(f -> Files.exists(truthOf(f))).sorted().toList();
        }
        Acord25Reader reader = new Acord25Reader();
        int right = 0;
        int counted = 0;
        int wronglyAccepted = 0;
        System.out.printf("%-14s %-11s %8s %7s  %s%n", "document", "read by", "right", "review", "wrong or missing");
        for (Path document : documents) {
            Score score = score(reader, Files.readAllBytes(document), JSON.readTree(truthOf(document).toFile()));
            right += score.right();
            counted += score.counted();
            if (score.accepted() && !score.wrong().isEmpty()) {
                wronglyAccepted++;
            }
            System.out.printf("%-14s %-11s %3d/%-4d %7s  %s%n", document.getFileName(), score.method(), score.right(),
                    score.counted(), score.accepted() ? "no" : "yes", String.join(", ", score.wrong()));
        }
        System.out.printf("%ntotal: %d of %d fields right (%.1f %%) in %d documents; accepted without review while a"
                + " field was wrong: %d%n", right, counted, counted == 0 ? 0 : 100.0 * right / counted,
                documents.size(), wronglyAccepted);
    }

    private static Path truthOf(Path document) {
        return document.resolveSibling("truth").resolve(document.getFileName() + ".json");
    }

    /** What the reader made of one document, against its truth. */
    record Score(String method, boolean accepted, int right, int counted, List<String> wrong) {
    }

    static Score score(Acord25Reader reader, byte[] pdf, JsonNode truth) {
        Optional<ExtractedCertificate> read;
        try {
            ExtractedCertificate fast = reader.read(pdf);
            read = Optional.of(fast.needsOcr() ? reader.readByOcr(pdf) : fast);
        } catch (UnreadableDocumentException refused) {
            read = Optional.empty();
        }
        Fields fields = new Fields(truth.path("_alternates"));
        ExtractedCertificate certificate = read.orElseGet(ExtractedCertificate::unreadable);
        fields.name("insuredName", truth, certificate.insured().name());
        fields.name("holderName", truth, certificate.holder().name());
        fields.name("producerName", truth, certificate.producer().name());
        fields.date("certificateDate", truth, certificate.issueDate());
        Map<CoverageType, Integer> seen = new EnumMap<>(CoverageType.class);
        JsonNode policies = truth.path("policies");
        for (int i = 0; i < policies.size(); i++) {
            fields.policy("policies[" + i + "].", policies.get(i), certificate, seen);
        }
        boolean accepted = read.isPresent() && !certificate.needsReview();
        String method = read.map(c -> c.method().name().toLowerCase(Locale.ROOT)).orElse("refused");
        return new Score(method, accepted, fields.right, fields.counted, fields.wrong);
    }

    /** The fields of one document as they are counted. */
    private static final class Fields {

        private final JsonNode alternates;
        private int right;
        private int counted;
        private final List<String> wrong = new ArrayList<>();

        Fields(JsonNode alternates) {
            this.alternates = alternates;
        }

        void name(String path, JsonNode truth, ExtractedValue<String> read) {
            text(path, truth.path(path.substring(path.lastIndexOf('.') + 1)), read.value(), Fields::nameKey);
        }

        void date(String path, JsonNode truth, ExtractedValue<LocalDate> read) {
            JsonNode expected = truth.path(path.substring(path.lastIndexOf('.') + 1));
            text(path, expected, read.value() == null ? null : read.value().toString(), s -> s);
        }

        void policy(String prefix, JsonNode truth, ExtractedCertificate certificate, Map<CoverageType, Integer> seen) {
            List<String> coverages = accepted(prefix + "coverage", truth.path("coverage"));
            // The n-th row of a coverage in the truth is held against the n-th line of that coverage read.
            Optional<ExtractedPolicy> line = Optional.empty();
            for (String coverage : coverages) {
                CoverageType type = CoverageType.valueOf(coverage);
                List<ExtractedPolicy> ofType = certificate.policies().stream().filter(p -> p.coverage() == type).toList();
                int index = seen.getOrDefault(type, 0);
                if (index < ofType.size()) {
                    seen.put(type, index + 1);
                    line = Optional.of(ofType.get(index));
                    break;
                }
            }
            count(prefix + "coverage", line.isPresent());
            Optional<ExtractedPolicy> policy = line;
            text(prefix + "policyNumber", truth.path("policyNumber"),
                    policy.map(p -> p.policyNumber().value()).orElse(null), Fields::numberKey);
            text(prefix + "insurerName", truth.path("insurerName"),
                    policy.map(p -> p.insurer().name().value()).orElse(null), Fields::nameKey);
            text(prefix + "insurerNaic", truth.path("insurerNaic"),
                    policy.map(p -> p.insurer().naic().value()).map(Object::toString).orElse(null), s -> s);
            text(prefix + "effectiveDate", truth.path("effectiveDate"),
                    policy.map(p -> p.effectiveDate().value()).map(LocalDate::toString).orElse(null), s -> s);
            text(prefix + "expirationDate", truth.path("expirationDate"),
                    policy.map(p -> p.expirationDate().value()).map(LocalDate::toString).orElse(null), s -> s);
            truth.path("limits").fields().forEachRemaining(limit -> {
                BigDecimal read = policy.map(p -> p.limit(LimitKind.valueOf(limit.getKey())).value()).orElse(null);
                count(prefix + "limits." + limit.getKey(),
                        read != null && read.compareTo(limit.getValue().decimalValue()) == 0);
            });
            flag(prefix + "claimsMade", truth.path("claimsMade"), policy.map(p -> p.form().value())
                    .map(form -> form == PolicyForm.CLAIMS_MADE).orElse(null));
            flag(prefix + "additionalInsured", truth.path("additionalInsured"),
                    policy.map(p -> p.additionalInsured().value()).orElse(null));
            flag(prefix + "waiverOfSubrogation", truth.path("waiverOfSubrogation"),
                    policy.map(p -> p.waiverOfSubrogation().value()).orElse(null));
        }

        private void text(String path, JsonNode expected, String read, java.util.function.UnaryOperator<String> key) {
            if (expected.isNull() || expected.isMissingNode()) {
                return;
            }
            String found = read == null ? null : key.apply(read);
            count(path, found != null && accepted(path, expected).stream().map(key).anyMatch(found::equals));
        }

        private void flag(String path, JsonNode expected, Boolean read) {
            if (expected.isBoolean()) {
                count(path, Objects.equals(read, expected.booleanValue()));
            }
        }

        /** The truth's value and the alternates a person could defend. */
        private List<String> accepted(String path, JsonNode expected) {
            List<String> values = new ArrayList<>(List.of(expected.asText()));
            alternates.path(path.startsWith("policies") ? path : path.substring(path.lastIndexOf('.') + 1))
                    .forEach(alternate -> values.add(alternate.asText()));
            return values;
        }

        private void count(String path, boolean isRight) {
            counted++;
            if (isRight) {
                right++;
            } else {
                wrong.add(path);
            }
        }

        /** Names compare without case, punctuation or spacing: "ACME, Inc." is "Acme Inc". */
        private static String nameKey(String name) {
            return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        }

        /** Policy numbers compare without case or spacing. */
        private static String numberKey(String number) {
            return number.toUpperCase(Locale.ROOT).replaceAll("\\s+", "");
        }
    }
}
