package org.opencoi.certificate.infrastructure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.opencoi.certificate.infrastructure.Acord25Section.PrintedLimit;
import org.opencoi.certificate.infrastructure.Acord25Section.PrintedOption;

/**
 * Puts right the ACORD 25's printed labels where OCR read them a character or two off ("(MMI/DD/YYYY)",
 * "INSURER A" without its colon), since the layout readers find the form by its labels' exact text. A
 * run is taken for a label when it, or its beginning, is within a small edit distance of the label:
 * one character for a short label, one in six for a long one; labels shorter than four characters are
 * never guessed at. Values are left as read: a name or number that close to a label would be read as
 * one by a person too.
 */
final class OcrLabels {

    /** The labels of the form's header and columns that anchor the reading, besides the sections' own. */
    private static final List<String> HEADER = List.of("PRODUCER", "INSURED", "INSURER(S) AFFORDING COVERAGE", "NAIC #",
            "INSURER A :", "INSURER B :", "INSURER C :", "INSURER D :", "INSURER E :", "INSURER F :", "CONTACT NAME:",
            "DATE (MM/DD/YYYY)", "COVERAGES", "CERTIFICATE NUMBER:", "REVISION NUMBER:", "INSR LTR", "INSR", "LTR",
            "ADDL INSD", "ADDL", "INSD", "SUBR WVD", "SUBR", "WVD", "TYPE OF INSURANCE", "POLICY NUMBER", "POLICY EFF",
            "POLICY EXP", "(MM/DD/YYYY)", "LIMITS", "DESCRIPTION OF OPERATIONS", "CERTIFICATE HOLDER", "CANCELLATION",
            "WORKERS COMPENSATION", "AND EMPLOYERS' LIABILITY", "PER STATUTE", "RETENTION", "EXCESS LIAB");

    private static final int SHORTEST = 4;

    /** The labels, longest first, so that "INSR LTR" is tried before "INSR". */
    private static final List<String> LABELS = Stream.concat(HEADER.stream(), Stream.of(Acord25Section.values())
                    .flatMap(section -> Stream.of(Stream.ofNullable(section.printedName()),
                            section.limits().stream().map(PrintedLimit::label),
                            section.checkboxes().stream().map(PrintedOption::label)).flatMap(s -> s)))
            .distinct()
            .filter(label -> TextRun.keyOf(label).length() >= SHORTEST)
            .sorted(Comparator.comparingInt((String label) -> TextRun.keyOf(label).length()).reversed())
            .toList();

    private OcrLabels() {
    }

    /** The runs, each label among them as the form prints it. */
    static List<TextRun> corrected(List<TextRun> runs) {
        List<TextRun> corrected = new ArrayList<>(runs.size());
        for (TextRun run : runs) {
            corrected.add(corrected(run));
        }
        return corrected;
    }

    private static TextRun corrected(TextRun run) {
        if (LABELS.stream().anyMatch(label -> run.key().startsWith(TextRun.keyOf(label)))) {
            return run;
        }
        for (String label : LABELS) {
            String wanted = TextRun.keyOf(label);
            int allowed = wanted.length() < 12 ? 1 : wanted.length() / 6;
            if (Math.abs(run.key().length() - wanted.length()) <= allowed) {
                if (distance(run.key(), wanted) <= allowed) {
                    return new TextRun(label, run.left(), run.right(), run.baseline(), run.size());
                }
            } else if (wanted.length() >= 8 && run.key().length() > wanted.length()) {
                int end = prefixEnd(run.key(), wanted, allowed);
                if (end > 0) {
                    return new TextRun((label + " " + textAfterKey(run.text(), end)).strip(), run.left(), run.right(),
                            run.baseline(), run.size());
                }
            }
        }
        return run;
    }

    /** Where in the key a beginning within the allowed distance of the label ends; -1 when none is. */
    private static int prefixEnd(String key, String label, int allowed) {
        for (int end = label.length() - allowed; end <= Math.min(key.length(), label.length() + allowed); end++) {
            if (end > 0 && distance(key.substring(0, end), label) <= allowed) {
                return end;
            }
        }
        return -1;
    }

    /** The text after its first characters that are not spaces, as many as the key's given length. */
    private static String textAfterKey(String text, int keyLength) {
        int seen = 0;
        int i = 0;
        while (i < text.length() && seen < keyLength) {
            if (!Character.isWhitespace(text.charAt(i)) && !Character.isSpaceChar(text.charAt(i))) {
                seen++;
            }
            i++;
        }
        return text.substring(i).strip();
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
