package org.opencoi.certificate.infrastructure;

import java.util.List;
import java.util.Optional;

/**
 * Reads the remarks of an ACORD 101 "ADDITIONAL REMARKS SCHEDULE" page, which agents attach to an
 * ACORD 25 whose description of operations does not fit its box: the free text between the
 * schedule's heading rows (agency, named insured, policy, carrier, and the "FORM NUMBER" and "FORM
 * TITLE" line naming the form it continues) and its footer, in reading order. A page is taken for
 * an ACORD 101 only when it prints both the schedule's title and the "ACORD 101" footer.
 */
final class Acord101Remarks {

    private static final String TITLE = TextRun.keyOf("ADDITIONAL REMARKS SCHEDULE");
    private static final String FOOTER = TextRun.keyOf("ACORD 101");
    /**
     * The heading's last rows, the lowest first: the remarks start below the first of them the page
     * prints. Only these, since a remark may well begin with another heading's words ("Policy number").
     */
    private static final List<String> HEADING_ENDS = List.of("FORM TITLE:", "FORM NUMBER:", "ADDITIONAL REMARKS",
            "ADDITIONAL REMARKS SCHEDULE").stream().map(TextRun::keyOf).toList();
    /** The footer's print: the form's name and edition, its copyright and the trademark notice. */
    /** How far up from the page's last line the footer reaches, in points. */
    private static final float FOOTER_HEIGHT = 40;
    private static final List<String> FOOTER_TEXT = List.of("ACORD 101", "ACORD CORPORATION. All rights reserved",
            "The ACORD name and logo").stream().map(TextRun::keyOf).toList();

    private Acord101Remarks() {
    }

    /** The remarks the page states; empty when it is no ACORD 101 or its remarks are blank. */
    static Optional<String> read(List<TextRun> runs) {
        if (runs.stream().noneMatch(run -> run.key().startsWith(TITLE))
                || runs.stream().noneMatch(run -> run.key().contains(FOOTER))) {
            return Optional.empty();
        }
        // The footer is the page's last lines: a remark that names the form higher up does not end the remarks.
        float last = runs.stream().map(TextRun::baseline).max(Float::compare).orElseThrow();
        float footer = runs.stream().filter(run -> run.baseline() >= last - FOOTER_HEIGHT)
                .filter(run -> FOOTER_TEXT.stream().anyMatch(text -> run.key().contains(text)))
                .map(run -> run.baseline() - run.size() * 0.6f).min(Float::compare).orElse(last + 1);
        float headingEnd = HEADING_ENDS.stream()
                .flatMap(label -> runs.stream().filter(run -> run.key().equals(label)
                        || label.endsWith(":") && run.key().startsWith(label)).findFirst().stream())
                .map(run -> run.baseline() + run.size() * 0.6f).findFirst().orElse(0f);
        List<TextRun> body = runs.stream()
                .filter(run -> run.baseline() > headingEnd && run.baseline() < footer)
                .toList();
        String remarks = body.isEmpty() ? "" : Acord25GeometryLayout.joined(body).strip();
        return remarks.isEmpty() ? Optional.empty() : Optional.of(remarks);
    }
}
