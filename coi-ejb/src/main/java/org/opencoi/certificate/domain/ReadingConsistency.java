package org.opencoi.certificate.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.opencoi.shared.domain.CoverageType;
import org.opencoi.shared.domain.LimitKind;

/**
 * When a certificate read from a document may be decided on without a person looking at it. Read
 * with confidence is not enough: a value can be read cleanly from the wrong place of the page. So
 * every key field must also make sense as what it claims to be, and each rule here gives, for what
 * does not, a reason that names the field:
 * <ul>
 * <li><b>Insurer named:</b> each line's insurer letter names an insurer the form prints, and that
 *     insurer has a five-digit NAIC code ("GL insurer letter B names no insurer printed on the form").</li>
 * <li><b>Limits are amounts:</b> a limit cell holds an amount, or one of the words agents print
 *     instead of one ("Included", "Statutory", "N/A", "See attached"), which states no limit and is
 *     no misreading; anything else (a label, a phone number) means the cell was misread. A line also
 *     states its principal limit (GL and umbrella each occurrence, auto combined single or bodily
 *     injury, WC statutory or E.L. each accident) as an amount: a principal limit printed as a word
 *     goes to review, the reason naming the word, since the line's limit is then somewhere else.</li>
 * <li><b>Parties are names:</b> the insured and the holder are names, not a phone number, an e-mail
 *     address, a street or city line, a bare account code or the form's own placeholder.</li>
 * <li><b>Boxes found:</b> the ADDL INSD and SUBR WVD boxes of each line, and the occurrence or
 *     claims-made box where the line has one, were actually found ticked or not: a box the reader
 *     could not see is not a "no", since the decision on endorsements rests on it.</li>
 * </ul>
 * That the dates parse and the policy ends after it starts is checked with the line itself
 * ({@link ExtractedPolicy#uncertainKeyFields()}).
 */
public final class ReadingConsistency {

    /** What agents print in a limit cell instead of an amount: read as no amount, but not a misreading. */
    private static final Set<String> LIMIT_WORDS = Set.of("INCLUDED", "INCL", "INC", "EXCLUDED", "EXCL", "STATUTORY",
            "STATUTE", "PER STATUTE", "STATUTORY LIMITS", "STAT", "N/A", "NA", "NONE", "NOT COVERED", "NOT APPLICABLE",
            "NOT INCLUDED", "SEE ATTACHED", "SEE ATTACHMENT", "SEE BELOW", "SEE REMARKS", "SEE SCHEDULE", "PER SCHEDULE",
            "SEE POLICY", "DECLINED", "REJECTED", "EXCLUDES", "NO COVERAGE", "NOT PROVIDED");

    /** The limit a line is bought for: without it the line's limits were read from the wrong cells. */
    private static final Map<CoverageType, List<LimitKind>> PRINCIPAL = Map.of(
            CoverageType.GL, List.of(LimitKind.EACH_OCCURRENCE),
            CoverageType.AUTO, List.of(LimitKind.COMBINED_SINGLE_LIMIT, LimitKind.BODILY_INJURY_PER_PERSON,
                    LimitKind.BODILY_INJURY_PER_ACCIDENT),
            CoverageType.UMBRELLA, List.of(LimitKind.UMBRELLA_EACH_OCCURRENCE),
            CoverageType.EXCESS, List.of(LimitKind.UMBRELLA_EACH_OCCURRENCE),
            CoverageType.WC, List.of(LimitKind.EL_EACH_ACCIDENT));

    private static final Pattern PHONE = Pattern.compile("\\(?\\d{3}\\)?[\\s.-]?\\d{3}[\\s.-]\\d{4}");
    private static final Pattern EMAIL = Pattern.compile("\\S+@\\S+\\.\\S+");
    private static final Pattern WEB = Pattern.compile("(?i)(https?://|www\\.)\\S+");
    private static final Pattern STREET = Pattern.compile("(?i)^(\\d+[A-Z]?\\s+.*\\b(st|street|rd|road|ave|avenue|blvd"
            + "|boulevard|dr|drive|ln|lane|way|pkwy|parkway|hwy|highway|ct|court|pl|place|cir|circle|ter|terrace"
            + "|suite|ste|floor|fl)\\b.*|p\\.?\\s?o\\.?\\s+box\\b.*)");
    private static final Pattern CITY_LINE = Pattern.compile(".*\\b[A-Z]{2},?\\s+\\d{5}(-\\d{4})?\\s*$");
    /** A single token with a run of digits, as management systems print client and account codes. */
    private static final Pattern CODE = Pattern.compile("[A-Za-z#-]{0,6}\\d{3,}[A-Za-z0-9#-]*");
    private static final Set<String> PLACEHOLDERS = Set.of("NAME", "ADDRESS", "NAME ADDRESS", "INSURED",
            "CERTIFICATE HOLDER", "HOLDER", "NAMED INSURED");

    private ReadingConsistency() {
    }

    /** Insurer named: the line's letter names a printed insurer, with a five-digit NAIC code. */
    public static List<String> insurerNamed(ExtractedPolicy policy) {
        ExtractedInsurer insurer = policy.insurer();
        if (!insurer.letter().isConfident()) {
            return List.of(policy.line() + " insurer letter");
        }
        String letter = insurer.letter().value();
        if (!insurer.name().isConfident()) {
            return List.of(policy.line() + " insurer letter " + letter + " names no insurer printed on the form");
        }
        if (!insurer.naic().isConfident()) {
            return List.of(policy.line() + " insurer " + letter + " has no 5-digit NAIC code");
        }
        return List.of();
    }

    /** Limits are amounts: no limit cell holds anything but an amount or a word printed instead of one. */
    public static List<String> limitsAreAmounts(ExtractedPolicy policy) {
        List<String> reasons = new ArrayList<>();
        policy.limits().forEach((kind, amount) -> {
            if (!amount.isPresent() && amount.text() != null && !isLimitWord(amount.text())) {
                reasons.add(policy.line() + " " + kind + " limit is not an amount");
            }
        });
        boolean anyRead = policy.limits().values().stream().anyMatch(ExtractedValue::isConfident);
        // A line with no limit read at all is already sent to review for its limits (ExtractedPolicy).
        if (!anyRead || principalLimitRead(policy)) {
            return reasons;
        }
        List<String> printedAsWords = principalKinds(policy.coverage()).stream()
                .filter(kind -> isLimitWord(policy.limit(kind)))
                .map(kind -> policy.line() + " principal limit " + kind + " is printed as \""
                        + policy.limit(kind).text().strip() + "\", not as an amount")
                .toList();
        if (!printedAsWords.isEmpty()) {
            reasons.addAll(printedAsWords);
        } else {
            reasons.add(policy.line() + " principal limit (" + String.join(" or ", principal(policy.coverage())) + ") not read");
        }
        return reasons;
    }

    /** Parties are names: the party's name, when there is one, reads as a name. */
    public static List<String> isAName(String party, ExtractedValue<String> name) {
        if (name.isPresent() && !looksLikeAName(name.value())) {
            return List.of(party + " name is not a name (it reads as a phone number, e-mail, address or code)");
        }
        return List.of();
    }

    /** Boxes found: the line's endorsement boxes, and its occurrence or claims-made box, were seen. */
    public static List<String> boxesFound(ExtractedPolicy policy) {
        List<String> reasons = new ArrayList<>();
        if (policy.coverage() != CoverageType.WC && !policy.additionalInsured().isConfident()) {
            reasons.add(policy.line() + " additional insured (ADDL INSD box not found)");
        }
        if (!policy.waiverOfSubrogation().isConfident()) {
            reasons.add(policy.line() + " waiver of subrogation (SUBR WVD box not found)");
        }
        boolean hasForm = policy.coverage() == CoverageType.GL || policy.coverage() == CoverageType.UMBRELLA
                || policy.coverage() == CoverageType.EXCESS;
        if (hasForm && !policy.form().isConfident()) {
            reasons.add(policy.line() + " occurrence or claims-made (box not found)");
        }
        return reasons;
    }

    static boolean looksLikeAName(String text) {
        String name = text.strip();
        String words = name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z]+", " ").strip();
        return !(PHONE.matcher(name).find() || EMAIL.matcher(name).find() || WEB.matcher(name).find()
                || STREET.matcher(name).matches() || CITY_LINE.matcher(name).matches() || CODE.matcher(name).matches()
                || PLACEHOLDERS.contains(words) || words.isEmpty());
    }

    /** Whether the text is a word printed instead of an amount ("Included", "Incl.", "N/A", "See Attached"). */
    static boolean isLimitWord(String text) {
        String words = text.toUpperCase(Locale.ROOT).replaceAll("[^A-Z/]+", " ").strip();
        return LIMIT_WORDS.contains(words);
    }

    private static boolean isLimitWord(ExtractedValue<?> limit) {
        return !limit.isPresent() && limit.text() != null && isLimitWord(limit.text());
    }

    private static boolean principalLimitRead(ExtractedPolicy policy) {
        if (policy.coverage() == CoverageType.WC && policy.wcStatutory()) {
            return true;
        }
        List<LimitKind> kinds = principalKinds(policy.coverage());
        return kinds.isEmpty() || kinds.stream().anyMatch(kind -> policy.limit(kind).isConfident());
    }

    private static List<String> principal(CoverageType coverage) {
        return principalKinds(coverage).stream().map(LimitKind::name).toList();
    }

    private static List<LimitKind> principalKinds(CoverageType coverage) {
        return PRINCIPAL.getOrDefault(coverage, List.of());
    }
}
