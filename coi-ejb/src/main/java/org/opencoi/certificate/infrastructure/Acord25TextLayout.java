package org.opencoi.certificate.infrastructure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.opencoi.certificate.infrastructure.Acord25Section.Fields;
import org.opencoi.certificate.infrastructure.Acord25Section.PrintedLimit;
import org.opencoi.certificate.infrastructure.Acord25Section.PrintedOption;

/**
 * Reads a flattened or printed ACORD 25 from the text on its first page, by where each piece of
 * text sits relative to the labels the form prints: a party's name and address below or right of
 * "PRODUCER", "INSURED" and "CERTIFICATE HOLDER"; an insurer's name right of "INSURER A :" and its
 * code under "NAIC #"; in the coverage table, each section from its printed name ("COMMERCIAL
 * GENERAL LIABILITY", "AUTOMOBILE LIABILITY", "UMBRELLA LIAB", "WORKERS COMPENSATION", then the
 * free OTHER line) down to the next, its cells by the column headers ("INSR LTR", "ADDL INSD",
 * "SUBR WVD", "POLICY NUMBER", "POLICY EFF", "POLICY EXP"), each limit right of its label, and a
 * box as ticked when a check mark stands just left of its label. The values come out under the
 * AcroForm field names of the same places, so that both ways of reading share one mapping.
 * A page that lacks the form's anchors is not an ACORD 25 and gives nothing.
 */
final class Acord25TextLayout {

    /** What agency systems print in a ticked box. */
    private static final Set<String> TICKS = Set.of("\u2714", "\u2713", "\u2611", "\u2612", "\u25a0", "X", "x");

    private static final Pattern INSURER_LABEL = Pattern.compile("INSURER([A-F]):");

    /** Printed text of the coverage table and footer that is never a value, besides the sections' own labels. */
    private static final List<String> FORM_TEXT = List.of("INSR", "LTR", "INSR LTR", "ADDL", "INSD", "ADDL INSD",
            "SUBR", "WVD", "SUBR WVD", "TYPE OF INSURANCE", "POLICY NUMBER", "POLICY EFF", "POLICY EXP",
            "(MM/DD/YYYY)", "LIMITS", "$", "PREMISES (Ea", "(Ea accident)", "(Per person)", "(Per accident)",
            "(Any one person)", "GEN'L AGGREGATE", "AND EMPLOYERS", "Y / N", "N / A", "ANY PROPRIETOR", "OFFICER/MEMBER",
            "(Mandatory in NH)", "If yes, describe", "DESCRIPTION OF OPERATIONS below", "\u00a9 1988", "ACORD 25 (",
            "The ACORD name");

    /** Keys of printed text matched as in {@link #matches}. */
    private static final List<String> PRINTED = printedTexts();

    /** The sections' names and limits' labels: always the start of what is printed, which editions continue differently. */
    private static final List<String> PRINTED_STARTS = Stream.of(Acord25Section.values())
            .flatMap(section -> Stream.concat(Stream.ofNullable(section.printedName()),
                    section.limits().stream().map(PrintedLimit::label)))
            .map(TextRun::keyOf)
            .toList();

    private final List<TextRun> runs;
    private final Map<String, String> fields = new LinkedHashMap<>();

    private Acord25TextLayout(List<TextRun> runs) {
        this.runs = runs;
    }

    /** The values found, by ACORD 25 field name; empty when the page does not show the ACORD 25's labels. */
    static Optional<Map<String, String>> read(List<TextRun> runs) {
        return new Acord25TextLayout(runs).read();
    }

    private Optional<Map<String, String>> read() {
        Optional<TextRun> producer = label("PRODUCER");
        Optional<TextRun> insured = label("INSURED");
        Optional<TextRun> firstInsurer = runs.stream().filter(r -> INSURER_LABEL.matcher(r.key()).matches()).findFirst();
        if (producer.isEmpty() || insured.isEmpty() || firstInsurer.isEmpty() || label("POLICY NUMBER").isEmpty()) {
            return Optional.empty();
        }
        float rightColumn = firstInsurer.get().left() - 2;
        float coverages = labelStarting("COVERAGES").or(() -> labelStarting("CERTIFICATE NUMBER"))
                .map(TextRun::baseline).orElse(Float.MAX_VALUE);
        readParty(Acord25FieldMapping.PRODUCER, producer.get(), rightColumn, insured.get().baseline() - lineTolerance(insured.get()));
        readParty(Acord25FieldMapping.INSURED, insured.get(), rightColumn, coverages - 2);
        readInsurers();
        readHeader();
        readRemarksAndHolder(rightColumn);
        CoverageTable.of(this).ifPresent(CoverageTable::read);
        return Optional.of(fields);
    }

    private void readParty(String party, TextRun label, float rightColumn, float bottom) {
        List<String> lines = lines(runs.stream()
                .filter(r -> r != label && r.left() >= label.left() - 5 && r.center() < rightColumn
                        && r.baseline() >= label.baseline() - lineTolerance(label) && r.baseline() < bottom)
                .toList());
        if (!lines.isEmpty()) {
            fields.put(Acord25FieldMapping.nameField(party), lines.get(0));
            put(Acord25FieldMapping.addressField(party), String.join(", ", lines.subList(1, lines.size())));
        }
    }

    private void readInsurers() {
        Optional<TextRun> naicHeader = labelStarting("NAIC");
        for (TextRun label : runs) {
            var letter = INSURER_LABEL.matcher(label.key());
            if (letter.matches()) {
                List<TextRun> line = runs.stream().filter(r -> r.onLineOf(label) && r.left() >= label.right() - 1).toList();
                float naicColumn = naicHeader.map(h -> h.left() - 10).orElse(Float.MAX_VALUE);
                put(Acord25FieldMapping.insurerNameField(letter.group(1)), joined(line, r -> r.center() < naicColumn));
                put(Acord25FieldMapping.insurerNaicField(letter.group(1)), joined(line, r -> r.center() >= naicColumn));
            }
        }
    }

    private void readHeader() {
        labelStarting("DATE (MM/DD/YYYY)").ifPresent(label -> runs.stream()
                .filter(r -> r.baseline() > label.baseline() && r.baseline() <= label.baseline() + 3 * r.size()
                        && r.right() > label.left() - 15 && r.left() < label.right() + 15)
                .findFirst()
                .ifPresent(date -> put(Acord25FieldMapping.ISSUE_DATE, date.text())));
        labelStarting("CERTIFICATE NUMBER").ifPresent(label -> {
            float end = labelStarting("REVISION NUMBER").filter(r -> r.onLineOf(label)).map(TextRun::left)
                    .orElse(Float.MAX_VALUE);
            put(Acord25FieldMapping.CERTIFICATE_NUMBER,
                    joined(runs, r -> r != label && r.onLineOf(label) && r.left() >= label.right() - 1 && r.right() <= end));
        });
    }

    private void readRemarksAndHolder(float rightColumn) {
        Optional<TextRun> holder = label("CERTIFICATE HOLDER");
        labelStarting("DESCRIPTION OF OPERATIONS").ifPresent(label -> {
            float bottom = holder.map(h -> h.baseline() - lineTolerance(h)).orElse(Float.MAX_VALUE);
            put(Acord25FieldMapping.REMARKS, String.join(" ", lines(runs.stream()
                    .filter(r -> r.baseline() > label.baseline() + lineTolerance(label) && r.baseline() < bottom)
                    .toList())));
        });
        holder.ifPresent(label -> {
            float columnEnd = labelStarting("CANCELLATION").map(r -> r.left() - 2).orElse(rightColumn);
            List<TextRun> below = runs.stream()
                    .filter(r -> r.baseline() > label.baseline() + lineTolerance(label) && r.center() < columnEnd)
                    .sorted(Comparator.comparing(TextRun::baseline))
                    .toList();
            // The holder's box ends at the form's footer, or where the text stops for more than a couple of lines.
            List<TextRun> inBox = new ArrayList<>();
            float previous = label.baseline();
            for (TextRun run : below) {
                if (isPrinted(run) || run.baseline() - previous > 3 * run.size()) {
                    break;
                }
                inBox.add(run);
                previous = run.baseline();
            }
            List<String> lines = lines(inBox);
            if (!lines.isEmpty()) {
                fields.put(Acord25FieldMapping.nameField(Acord25FieldMapping.HOLDER), lines.get(0));
                put(Acord25FieldMapping.addressField(Acord25FieldMapping.HOLDER),
                        String.join(", ", lines.subList(1, lines.size())));
            }
        });
    }

    /**
     * The coverage table: the columns found from their printed headers, each section a horizontal
     * band from its printed name down to the next section's.
     */
    private static final class CoverageTable {

        private enum Column { LETTER, TYPE, ADDITIONAL_INSURED, SUBROGATION_WAIVED, POLICY_NUMBER, EFFECTIVE, EXPIRATION, LIMITS }

        private record Band(Acord25Section section, float top, float bottom) {
        }

        private final Acord25TextLayout layout;
        /** Where each column but the last (LIMITS) ends, left to right. */
        private final float[] boundaries;
        private final List<Band> bands;
        /** Where the amounts of the LIMITS column start, right of the limits' names. */
        private final float amountColumn;

        private CoverageTable(Acord25TextLayout layout, float[] boundaries, List<Band> bands, float amountColumn) {
            this.layout = layout;
            this.boundaries = boundaries;
            this.bands = bands;
            this.amountColumn = amountColumn;
        }

        static Optional<CoverageTable> of(Acord25TextLayout layout) {
            Optional<TextRun> letter = layout.labelStarting("INSR").or(() -> layout.label("LTR"));
            Optional<TextRun> additionalInsured = layout.labelStarting("ADDL");
            Optional<TextRun> subrogationWaived = layout.labelStarting("SUBR");
            Optional<TextRun> effective = layout.labelStarting("POLICY EFF");
            Optional<TextRun> expiration = layout.labelStarting("POLICY EXP");
            if (Stream.of(letter, additionalInsured, subrogationWaived, effective, expiration).anyMatch(Optional::isEmpty)) {
                return Optional.empty();
            }
            // ADDL INSD and SUBR WVD are narrow columns side by side, the two dates wide ones: their
            // spacing tells where every column starts and ends, whatever the scale of the page.
            float narrow = subrogationWaived.get().center() - additionalInsured.get().center();
            float wide = expiration.get().center() - effective.get().center();
            float[] boundaries = {
                letter.get().center() + narrow / 2,
                additionalInsured.get().center() - narrow / 2,
                additionalInsured.get().center() + narrow / 2,
                subrogationWaived.get().center() + narrow / 2,
                effective.get().center() - wide / 2,
                effective.get().center() + wide / 2,
                expiration.get().center() + wide / 2};
            float tableTop = effective.get().baseline();
            float amountColumn = layout.runs.stream()
                    .filter(r -> "$".equals(r.text()) && r.baseline() > tableTop && r.left() > boundaries[6])
                    .map(TextRun::left).min(Float::compare).orElse(Float.MAX_VALUE);
            return Optional.of(new CoverageTable(layout, boundaries, bands(layout, tableTop), amountColumn));
        }

        private static List<Band> bands(Acord25TextLayout layout, float tableTop) {
            float end = layout.labelStarting("DESCRIPTION OF OPERATIONS").map(TextRun::baseline).orElse(Float.MAX_VALUE);
            List<Band> bands = new ArrayList<>();
            List<Map.Entry<Acord25Section, Float>> tops = new ArrayList<>();
            for (Acord25Section section : Acord25Section.values()) {
                if (section.printedName() != null) {
                    layout.runs.stream()
                            .filter(r -> r.baseline() > tableTop && startsWith(r, section.printedName()))
                            .findFirst()
                            .ifPresent(name -> tops.add(Map.entry(section, name.baseline() - name.size())));
                }
            }
            // The OTHER line follows the last row of the WC section, which states the E.L. policy limit.
            layout.runs.stream()
                    .filter(r -> r.baseline() > tableTop && startsWith(r, lastWcLimit()))
                    .findFirst()
                    .ifPresent(last -> tops.add(Map.entry(Acord25Section.OTHER, last.baseline() + lineTolerance(last))));
            tops.sort(Map.Entry.comparingByValue());
            for (int i = 0; i < tops.size(); i++) {
                float bottom = i + 1 < tops.size() ? tops.get(i + 1).getValue() : end;
                bands.add(new Band(tops.get(i).getKey(), tops.get(i).getValue(), Math.min(bottom, end)));
            }
            return bands;
        }

        private static String lastWcLimit() {
            List<PrintedLimit> limits = Acord25Section.WC.limits();
            return limits.get(limits.size() - 1).label();
        }

        void read() {
            for (Band band : bands) {
                List<TextRun> inBand = layout.runs.stream()
                        .filter(r -> r.baseline() >= band.top() && r.baseline() < band.bottom())
                        .toList();
                readBand(band.section(), inBand);
            }
        }

        private void readBand(Acord25Section section, List<TextRun> inBand) {
            List<TextRun> printed = inBand.stream().filter(Acord25TextLayout::isPrinted).toList();
            List<TextRun> ticks = inBand.stream().filter(r -> TICKS.contains(r.text())).toList();
            List<TextRun> values = inBand.stream().filter(r -> !TICKS.contains(r.text()) && !isPrinted(r)).toList();
            layout.put(section.letter(), joined(values, in(Column.LETTER)));
            if (section.additionalInsured() != null) {
                layout.put(section.additionalInsured(), marks(inBand, Column.ADDITIONAL_INSURED));
            }
            layout.put(section.subrogationWaived(), marks(inBand, Column.SUBROGATION_WAIVED));
            layout.put(section.policyNumber(), joined(values, in(Column.POLICY_NUMBER)));
            layout.put(section.effectiveDate(), joined(values, in(Column.EFFECTIVE)));
            layout.put(section.expirationDate(), joined(values, in(Column.EXPIRATION)));
            for (PrintedLimit limit : section.limits()) {
                // The rest of a label printed word by word ("(Any one person)") stops where the amounts start.
                limitLabel(inBand, limit.label())
                        .ifPresent(label -> layout.put(limit.field(), joined(values,
                                r -> r.onLineOf(label) && r.left() >= label.right() - 1 && column(r) == Column.LIMITS
                                        && (amountColumn == Float.MAX_VALUE || r.left() >= amountColumn - 1))));
            }
            for (TextRun tick : ticks) {
                ticked(section, tick, printed).ifPresent(option -> layout.fields.put(option.field(), "true"));
            }
            if (section == Acord25Section.UMBRELLA) {
                printed.stream().filter(r -> matches(r, "RETENTION") || matches(r, "DED")).forEach(label -> layout.put(
                        Fields.RETENTION_AMOUNT, joined(values,
                                r -> r.onLineOf(label) && r.left() >= label.right() - 1 && column(r) == Column.TYPE)));
            }
            if (section == Acord25Section.OTHER) {
                layout.put(Fields.OTHER_NAME, String.join(" ", lines(values.stream().filter(in(Column.TYPE)).toList())));
                // The OTHER line's limit names are typed in, and may well read like the form's own labels ("Aggregate").
                readOtherLimits(inBand.stream().filter(r -> in(Column.LIMITS).test(r) && !"$".equals(r.text())).toList());
            }
        }

        /**
         * A limit's printed label in the LIMITS column, as one run or as its words printed one run
         * each (as some editions' print is extracted), which are then taken as one run.
         */
        private Optional<TextRun> limitLabel(List<TextRun> inBand, String label) {
            String wanted = TextRun.keyOf(label);
            for (TextRun first : inBand) {
                if (column(first) != Column.LIMITS || first.key().isEmpty() || !wanted.startsWith(first.key())
                        && !first.key().startsWith(wanted)) {
                    continue;
                }
                List<TextRun> line = inBand.stream().filter(r -> r.onLineOf(first) && r.left() >= first.left())
                        .sorted(Comparator.comparing(TextRun::left)).toList();
                StringBuilder key = new StringBuilder();
                TextRun last = first;
                for (TextRun word : line) {
                    if (word != first && word.left() - last.right() > 2 * word.size()) {
                        break;
                    }
                    key.append(word.key());
                    last = word;
                    if (key.length() >= wanted.length()) {
                        break;
                    }
                }
                if (key.toString().startsWith(wanted)) {
                    return Optional.of(new TextRun(key.toString(), first.left(), last.right(), first.baseline(), first.size(),
                            first.order()));
                }
            }
            return Optional.empty();
        }

        /** What an ADDL INSD or SUBR WVD cell holds: its Y or N, or an X for any check mark the agent printed in it. */
        private String marks(List<TextRun> inBand, Column column) {
            return inBand.stream().filter(in(column)).filter(r -> TICKS.contains(r.text()) || !isPrinted(r))
                    .map(r -> TICKS.contains(r.text()) ? "X" : r.text())
                    .collect(Collectors.joining(" "));
        }

        /** Up to three limits of the OTHER line, one a row: a typed-in name, then the amount in the amount column. */
        private void readOtherLimits(List<TextRun> limitCells) {
            List<List<TextRun>> rows = rows(limitCells);
            for (int i = 0; i < Math.min(rows.size(), Fields.OTHER_LIMIT_AMOUNTS.size()); i++) {
                layout.put(Fields.OTHER_LIMIT_NAMES.get(i), joined(rows.get(i), r -> r.right() <= amountColumn));
                layout.put(Fields.OTHER_LIMIT_AMOUNTS.get(i), joined(rows.get(i), r -> r.right() > amountColumn));
            }
        }

        /** The box a check mark ticks: the label printed just right of it on its line. */
        private static Optional<PrintedOption> ticked(Acord25Section section, TextRun tick, List<TextRun> printed) {
            return printed.stream()
                    .filter(r -> r.onLineOf(tick) && r.left() >= tick.right() - 2 && r.left() - tick.right() <= 3 * tick.size())
                    .min(Comparator.comparing(TextRun::left))
                    .flatMap(label -> section.checkboxes().stream().filter(o -> matches(label, o.label())).findFirst());
        }

        private Predicate<TextRun> in(Column column) {
            return r -> column(r) == column;
        }

        private Column column(TextRun run) {
            float center = run.center();
            for (int i = 0; i < boundaries.length; i++) {
                if (center < boundaries[i]) {
                    return Column.values()[i];
                }
            }
            return Column.LIMITS;
        }
    }

    private void put(String field, String value) {
        if (!value.isBlank()) {
            fields.put(field, value);
        }
    }

    private Optional<TextRun> label(String text) {
        String wanted = TextRun.keyOf(text);
        return runs.stream().filter(r -> r.key().equals(wanted)).findFirst();
    }

    private Optional<TextRun> labelStarting(String text) {
        String wanted = TextRun.keyOf(text);
        return runs.stream().filter(r -> r.key().startsWith(wanted)).findFirst();
    }

    private static boolean isPrinted(TextRun run) {
        return PRINTED.stream().anyMatch(label -> matchesKey(run, label))
                || PRINTED_STARTS.stream().anyMatch(label -> run.key().startsWith(label));
    }

    private static boolean startsWith(TextRun run, String label) {
        return run.key().startsWith(TextRun.keyOf(label));
    }

    private static boolean matches(TextRun run, String label) {
        return matchesKey(run, TextRun.keyOf(label));
    }

    /** Short labels ("LOC", "OCCUR", "POLICY") must match whole; long ones may be followed by more print. */
    private static boolean matchesKey(TextRun run, String wanted) {
        return wanted.length() <= 8 ? run.key().equals(wanted) : run.key().startsWith(wanted);
    }

    private static float lineTolerance(TextRun run) {
        return run.size() * 0.6f;
    }

    private static String joined(List<TextRun> runs, Predicate<TextRun> which) {
        return runs.stream().filter(which).map(TextRun::text).collect(Collectors.joining(" "));
    }

    /** The runs grouped into printed lines, top to bottom, each line's runs left to right. */
    private static List<List<TextRun>> rows(List<TextRun> runs) {
        List<TextRun> sorted = runs.stream().sorted(Comparator.comparing(TextRun::baseline)).toList();
        List<List<TextRun>> rows = new ArrayList<>();
        for (TextRun run : sorted) {
            if (rows.isEmpty() || !rows.get(rows.size() - 1).get(0).onLineOf(run)) {
                rows.add(new ArrayList<>());
            }
            rows.get(rows.size() - 1).add(run);
        }
        rows.forEach(row -> row.sort(Comparator.comparing(TextRun::left)));
        return rows;
    }

    private static List<String> lines(List<TextRun> runs) {
        return rows(runs).stream().map(row -> joined(row, r -> true)).toList();
    }

    private static List<String> printedTexts() {
        return Stream.concat(FORM_TEXT.stream(), Stream.of(Acord25Section.values())
                        .flatMap(section -> section.checkboxes().stream().map(PrintedOption::label)))
                .map(TextRun::keyOf)
                .toList();
    }
}
