package org.opencoi.certificate.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opencoi.shared.domain.CoverageType;
import org.opencoi.shared.domain.Endorsements;

/**
 * The endorsements a certificate states in words, in its description of operations (where the ACORD 101
 * remarks are read too), rather than in its tick boxes. The form has no box for primary and
 * non-contributory, so wording is the only place it is shown; agents also write additional insured and
 * waiver of subrogation there when they do not tick the boxes.
 * <p>
 * The rule, sentence by sentence (a sentence ends at a full stop, a semicolon or a line break):
 * <ul>
 * <li>Primary and non-contributory is stated by "primary and non-contributory" in any of the ways agents
 * write it ("primary &amp; noncontributory", "primary/non-contributory", "on a primary and non contributory
 * basis"); additional insured by someone being "named as" (or "included as") additional insured, or
 * "additional insured status applies"; waiver of subrogation by "waiver of subrogation applies" or "in
 * favor of". A mere mention ("additional insured requested") states nothing.</li>
 * <li>A sentence that negates ("does not apply", "not included", "excluding", "except", "without") states
 * nothing at all: wording that cannot be read for sure must never add an endorsement.</li>
 * <li>A statement applies to the coverage lines named in its own part of the sentence (GL, auto,
 * umbrella or excess, workers' compensation), else to those the sentence names, else to every line where
 * the endorsement exists: primary and non-contributory on GL, auto, umbrella and excess; additional
 * insured on all but workers' compensation and employers' liability; waiver of subrogation on all.</li>
 * <li>Wording adds an endorsement a tick box lacks but never takes one away: a box read as ticked stays
 * ticked whatever the description says.</li>
 * </ul>
 * Each statement keeps its sentence as the text it was read from, for the reviewer.
 */
public final class EndorsementWording {

    /** The endorsements a description of operations can state. */
    public enum Statement {
        ADDITIONAL_INSURED(EnumSet.complementOf(EnumSet.of(CoverageType.WC, CoverageType.EL)),
                "\\b(?:is|are)\\s+(?:hereby\\s+)?(?:(?:named|included|added|listed)\\s+)?(?:as\\s+)?(?:an?\\s+)?"
                        + "additional(?:ly)?\\s+insureds?\\b"
                        + "|\\badditional\\s+insureds?\\s+(?:status\\s+)?(?:applies|apply|is\\s+(?:provided|granted|"
                        + "included|afforded)|included|provided)\\b"),
        WAIVER_OF_SUBROGATION(EnumSet.allOf(CoverageType.class),
                "\\bwaivers?\\s+of\\s+subrogation\\s+(?:applies|apply|is\\s+(?:provided|granted|included)|included|"
                        + "provided|(?:is\\s+)?in\\s+favou?r\\s+of)\\b|\\bsubrogation\\s+is\\s+waived\\b"),
        PRIMARY_NON_CONTRIBUTORY(EnumSet.of(CoverageType.GL, CoverageType.AUTO, CoverageType.UMBRELLA,
                CoverageType.EXCESS),
                "\\bprimary\\s*(?:and|&|/|,)?\\s*non\\s*-?\\s*contributory\\b");

        private final Set<CoverageType> lines;
        private final Pattern wording;

        Statement(Set<CoverageType> lines, String wording) {
            this.lines = lines;
            this.wording = Pattern.compile(wording, Pattern.CASE_INSENSITIVE);
        }
    }

    /** A description that states no endorsement. */
    public static final EndorsementWording NONE = new EndorsementWording(Map.of());

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.;])\\s+|\\R");
    private static final Pattern NEGATION = Pattern.compile(
            "\\b(?:not|never|excluding|excluded|excludes?|except|without|n/a)\\b|\\bno\\s+(?:additional|waiver|primary)",
            Pattern.CASE_INSENSITIVE);
    private static final Map<CoverageType, Pattern> LINE_NAMES = lineNames();

    private final Map<Statement, Map<CoverageType, ExtractedValue<Boolean>>> stated;

    private EndorsementWording(Map<Statement, Map<CoverageType, ExtractedValue<Boolean>>> stated) {
        this.stated = stated;
    }

    /** What the description states, each statement as confident as the description was read. */
    public static EndorsementWording read(ExtractedValue<String> description) {
        if (!description.isPresent() || description.value().isBlank()) {
            return NONE;
        }
        Map<Statement, Map<CoverageType, ExtractedValue<Boolean>>> stated = new EnumMap<>(Statement.class);
        for (String sentence : SENTENCE_END.split(description.value())) {
            String evidence = sentence.strip();
            if (evidence.isEmpty() || NEGATION.matcher(evidence).find()) {
                continue;
            }
            statementsIn(evidence).forEach((statement, lines) -> lines.forEach(line -> stated
                    .computeIfAbsent(statement, s -> new EnumMap<>(CoverageType.class))
                    .putIfAbsent(line, ExtractedValue.read(true, evidence, description.confidence()))));
        }
        return stated.isEmpty() ? NONE : new EndorsementWording(stated);
    }

    /** The sentence stating the endorsement on the line; missing when the description does not state it. */
    public ExtractedValue<Boolean> stated(Statement statement, CoverageType line) {
        return stated.getOrDefault(statement, Map.of()).getOrDefault(line, ExtractedValue.missing());
    }

    /** The line's endorsements: its tick boxes, with what the wording states added where a box was not ticked. */
    public Endorsements endorsements(CoverageType line, ExtractedValue<Boolean> additionalInsuredBox,
            ExtractedValue<Boolean> waiverOfSubrogationBox) {
        return new Endorsements(
                ticked(additionalInsuredBox) || stated(Statement.ADDITIONAL_INSURED, line).isPresent(),
                ticked(waiverOfSubrogationBox) || stated(Statement.WAIVER_OF_SUBROGATION, line).isPresent(),
                stated(Statement.PRIMARY_NON_CONTRIBUTORY, line).isPresent());
    }

    private static boolean ticked(ExtractedValue<Boolean> box) {
        return Boolean.TRUE.equals(box.value());
    }

    /**
     * The statements in one sentence and the lines each applies to. A statement's own part of the
     * sentence runs from it to the next statement ("named as additional insured on GL"), or, when that
     * names no line, back to the statement before it ("GL is primary and non-contributory").
     */
    private static Map<Statement, Set<CoverageType>> statementsIn(String sentence) {
        record Found(Statement statement, int start, int end) {
        }
        List<Found> found = new ArrayList<>();
        for (Statement statement : Statement.values()) {
            Matcher matcher = statement.wording.matcher(sentence);
            while (matcher.find()) {
                found.add(new Found(statement, matcher.start(), matcher.end()));
            }
        }
        found.sort(Comparator.comparingInt(Found::start));
        Set<CoverageType> sentenceLines = linesNamed(sentence);
        Map<Statement, Set<CoverageType>> statements = new EnumMap<>(Statement.class);
        for (int i = 0; i < found.size(); i++) {
            Found statement = found.get(i);
            int before = i == 0 ? 0 : Math.min(found.get(i - 1).end(), statement.start());
            int after = i == found.size() - 1 ? sentence.length() : Math.max(found.get(i + 1).start(), statement.end());
            Set<CoverageType> named = linesNamed(sentence.substring(statement.start(), after));
            if (named.isEmpty()) {
                named = linesNamed(sentence.substring(before, statement.start()));
            }
            Set<CoverageType> lines = EnumSet.copyOf(statement.statement().lines);
            if (!named.isEmpty()) {
                lines.retainAll(named);
            } else if (!sentenceLines.isEmpty()) {
                lines.retainAll(sentenceLines);
            }
            statements.computeIfAbsent(statement.statement(), s -> EnumSet.noneOf(CoverageType.class)).addAll(lines);
        }
        return statements;
    }

    private static Set<CoverageType> linesNamed(String text) {
        Set<CoverageType> named = EnumSet.noneOf(CoverageType.class);
        LINE_NAMES.forEach((line, name) -> {
            if (name.matcher(text).find()) {
                named.add(line);
            }
        });
        return named;
    }

    private static Map<CoverageType, Pattern> lineNames() {
        Map<CoverageType, String> names = new EnumMap<>(CoverageType.class);
        names.put(CoverageType.GL, "\\b(?:c?gl|general\\s+liability)\\b");
        names.put(CoverageType.AUTO, "\\b(?:auto|autos|automobile|business\\s+auto)\\b");
        names.put(CoverageType.UMBRELLA, "\\b(?:umbrella|excess)\\b");
        names.put(CoverageType.EXCESS, "\\b(?:umbrella|excess)\\b");
        names.put(CoverageType.WC, "\\b(?:wc|workers'?\\s*comp(?:ensation)?|work\\s+comp|employers'?\\s+liability)\\b");
        names.put(CoverageType.EL, "\\b(?:wc|workers'?\\s*comp(?:ensation)?|work\\s+comp|employers'?\\s+liability)\\b");
        Map<CoverageType, Pattern> patterns = new EnumMap<>(CoverageType.class);
        names.forEach((line, name) -> patterns.put(line,
                Pattern.compile(name, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
        return patterns;
    }
}
