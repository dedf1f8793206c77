package org.opencoi.certificate.infrastructure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.opencoi.certificate.domain.PageRegion;
import org.opencoi.certificate.infrastructure.Acord25Geometry.Cell;
import org.opencoi.certificate.infrastructure.Acord25Geometry.Label;

/**
 * Reads a flattened or printed ACORD 25 by its edition's geometry: the page is fitted to the
 * blank form from the printed labels it shares with it (a scale and an offset per axis, by least
 * squares, so that a page printed shifted, shrunk or "fit to page" still fits), and each piece of
 * text that is not the form's own print goes to the field whose cell it falls in. A run that
 * straddles cells goes to the one holding most of it; one whose middle is in no cell, as agency
 * systems print values a little off their lines, to the nearest cell above or below it, within
 * half a line. The runs of a cell are joined in reading order (agency systems split values per
 * word or per character), and of two values printed over each other the one drawn last, the one
 * a person sees, wins. A mark in a tick box ticks it; the boxes without one are given with their
 * places on the page, so that marks drawn as graphics can be looked for in the page's picture.
 */
final class Acord25GeometryLayout {

    /**
     * The values read, by ACORD 25 field name, with where on the page each was read, and where the
     * tick boxes without a printed mark lie on the page, for a look at the page's picture.
     */
    record Reading(Acord25Edition edition, Map<String, String> fields, Map<String, PageRegion> regions,
            Set<String> markedBoxes, Map<String, PageRegion> unmarkedBoxes) {

        /**
         * Whether a coverage line is read without a single one of its boxes marked in text: its
         * marks, if any, are drawn as graphics, and only the page's picture shows them.
         */
        boolean hasLineWithoutMarks() {
            return java.util.Arrays.stream(Acord25Section.values())
                    .filter(section -> fields.containsKey(section.letter()) || fields.containsKey(section.policyNumber()))
                    .anyMatch(section -> !section.checkboxes().isEmpty() && section.checkboxes().stream()
                            .noneMatch(option -> fields.containsKey(option.field())));
        }
    }

    /** Fewer shared labels than this and the page is not the form, or is a re-draw of it. */
    static final int MINIMUM_ANCHORS = 12;
    /** How far, in points of the blank, the fitted labels may lie from where the blank has them. */
    private static final float ANCHOR_TOLERANCE = 2.5f;

    /** What agency systems print in a ticked box, besides a lone X. */
    private static final Pattern TICK = Pattern.compile("[Xx\\u2713\\u2714\\u2611\\u2612\\u2715\\u2716\\u2717\\u2718\\u25a0\\u25aa\\u25cf\\u2022]");

    /** A scale and an offset per axis from the blank's points to the page's. */
    record Fit(float scaleX, float offsetX, float scaleY, float offsetY, int anchors) {

        float pageX(float x) {
            return scaleX * x + offsetX;
        }

        float pageY(float y) {
            return scaleY * y + offsetY;
        }

        float formX(float x) {
            return (x - offsetX) / scaleX;
        }

        float formY(float y) {
            return (y - offsetY) / scaleY;
        }
    }

    private final Acord25Geometry geometry;
    private final Fit fit;
    private final int page;
    /** How far up and down each cell takes text, in points of the blank. */
    private final Map<Cell, float[]> extents;

    private Acord25GeometryLayout(Acord25Geometry geometry, Fit fit, int page) {
        this.geometry = geometry;
        this.fit = fit;
        this.page = page;
        this.extents = EXTENTS.computeIfAbsent(geometry, Acord25GeometryLayout::extents);
    }

    private static final Map<Acord25Geometry, Map<Cell, float[]>> EXTENTS = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * A coverage row's letter, ADDL INSD, SUBR WVD, policy number and dates take text from the whole
     * height of its section, from its printed name down to the next section's: the blank's widget
     * is one line of it, but agency systems print the row's values on its first line or wherever
     * their template puts them. Every other cell takes text from its own rectangle.
     */
    private static Map<Cell, float[]> extents(Acord25Geometry geometry) {
        Map<String, List<Label>> labels = geometry.labels().stream().collect(Collectors.groupingBy(Label::key));
        List<Map.Entry<Acord25Section, Float>> tops = new ArrayList<>();
        for (Acord25Section section : Acord25Section.values()) {
            String name = section.printedName() == null ? null : TextRun.keyOf(section.printedName());
            geometry.labels().stream().filter(label -> name != null && label.key().startsWith(name)).findFirst()
                    .ifPresent(label -> tops.add(Map.entry(section, label.baseline() - label.size())));
        }
        List<Acord25Section.PrintedLimit> wcLimits = Acord25Section.WC.limits();
        String lastWc = TextRun.keyOf(wcLimits.get(wcLimits.size() - 1).label());
        geometry.labels().stream().filter(label -> label.key().startsWith(lastWc)).findFirst()
                .ifPresent(label -> tops.add(Map.entry(Acord25Section.OTHER, label.baseline() + label.size() * 0.4f)));
        float end = labels.keySet().stream().filter(key -> key.startsWith("DESCRIPTIONOFOPERATIONS/"))
                .map(key -> labels.get(key).get(0).baseline() - labels.get(key).get(0).size()).findFirst()
                .orElse(Float.MAX_VALUE);
        tops.sort(Map.Entry.comparingByValue());
        Map<String, float[]> bands = new HashMap<>();
        for (int i = 0; i < tops.size(); i++) {
            Acord25Section section = tops.get(i).getKey();
            float[] band = {tops.get(i).getValue(), i + 1 < tops.size() ? tops.get(i + 1).getValue() : end};
            java.util.stream.Stream.of(section.letter(), section.additionalInsured(), section.subrogationWaived(),
                    section.policyNumber(), section.effectiveDate(), section.expirationDate())
                    .filter(java.util.Objects::nonNull).forEach(field -> bands.put(field, band));
        }
        Map<Cell, float[]> extents = new HashMap<>();
        for (Cell cell : geometry.cells()) {
            float[] band = bands.get(cell.field());
            boolean inBand = band != null && cell.top() >= band[0] - 1 && cell.bottom() <= band[1] + 1;
            extents.put(cell, inBand ? band : new float[] {cell.top(), cell.bottom()});
        }
        return extents;
    }

    /**
     * The values of a page (the given page of its document, from 1) whose footer names an edition
     * with a geometry and whose labels fit it; empty otherwise, for the label-relative reading.
     */
    static Optional<Reading> read(List<TextRun> runs, int page) {
        Optional<Acord25Edition> edition = Acord25Edition.of(runs);
        if (edition.isEmpty() || edition.get().geometry().isEmpty()) {
            return Optional.empty();
        }
        Acord25Geometry geometry = edition.get().geometry().get();
        return fit(geometry, runs).map(fit -> new Acord25GeometryLayout(geometry, fit, page).read(edition.get(), runs));
    }

    /** The fit of the page to the blank from the labels printed once on both, without those that do not agree. */
    static Optional<Fit> fit(Acord25Geometry geometry, List<TextRun> runs) {
        Map<String, List<Label>> labels = geometry.labels().stream().collect(Collectors.groupingBy(Label::key));
        Map<String, List<TextRun>> printed = runs.stream().collect(Collectors.groupingBy(TextRun::key));
        List<float[]> xs = new ArrayList<>();
        List<float[]> ys = new ArrayList<>();
        labels.forEach((key, same) -> {
            List<TextRun> onPage = printed.getOrDefault(key, List.of());
            if (key.length() >= 3 && same.size() == 1 && onPage.size() == 1) {
                xs.add(new float[] {same.get(0).left(), onPage.get(0).left()});
                ys.add(new float[] {same.get(0).baseline(), onPage.get(0).baseline()});
            }
        });
        if (xs.size() < MINIMUM_ANCHORS) {
            return Optional.empty();
        }
        // A value that happens to read like a label, or a label an agency moved, is dropped and the rest fitted again.
        float[] x = leastSquares(xs);
        float[] y = leastSquares(ys);
        for (int round = 0; round < 3; round++) {
            List<Integer> kept = new ArrayList<>();
            for (int i = 0; i < xs.size(); i++) {
                float dx = Math.abs((xs.get(i)[1] - x[1]) / x[0] - xs.get(i)[0]);
                float dy = Math.abs((ys.get(i)[1] - y[1]) / y[0] - ys.get(i)[0]);
                if (dx <= ANCHOR_TOLERANCE * (3 - round) && dy <= ANCHOR_TOLERANCE * (3 - round)) {
                    kept.add(i);
                }
            }
            if (kept.size() < MINIMUM_ANCHORS) {
                return Optional.empty();
            }
            List<float[]> keptX = kept.stream().map(xs::get).toList();
            List<float[]> keptY = kept.stream().map(ys::get).toList();
            x = leastSquares(keptX);
            y = leastSquares(keptY);
            if (round == 2) {
                xs.retainAll(keptX);
            }
        }
        boolean plausible = x[0] > 0.5f && x[0] < 2 && y[0] > 0.5f && y[0] < 2;
        return plausible ? Optional.of(new Fit(x[0], x[1], y[0], y[1], xs.size())) : Optional.empty();
    }

    /** Scale and offset of page = scale * form + offset over the pairs {form, page}. */
    private static float[] leastSquares(List<float[]> pairs) {
        double n = pairs.size();
        double sumForm = 0;
        double sumPage = 0;
        double sumFormForm = 0;
        double sumFormPage = 0;
        for (float[] pair : pairs) {
            sumForm += pair[0];
            sumPage += pair[1];
            sumFormForm += (double) pair[0] * pair[0];
            sumFormPage += (double) pair[0] * pair[1];
        }
        double spread = n * sumFormForm - sumForm * sumForm;
        if (Math.abs(spread) < 1e-6) {
            return new float[] {1, (float) ((sumPage - sumForm) / n)};
        }
        double scale = (n * sumFormPage - sumForm * sumPage) / spread;
        return new float[] {(float) scale, (float) ((sumPage - scale * sumForm) / n)};
    }

    private Reading read(Acord25Edition edition, List<TextRun> runs) {
        Map<Cell, List<TextRun>> inCells = new LinkedHashMap<>();
        for (TextRun run : runs.stream().flatMap(Acord25GeometryLayout::words).toList()) {
            if (!isPrinted(run)) {
                cellOf(run).ifPresent(cell -> inCells.computeIfAbsent(cell, c -> new ArrayList<>()).add(run));
            }
        }
        Map<String, String> fields = new LinkedHashMap<>();
        Map<String, PageRegion> regions = new HashMap<>();
        Map<String, List<TextRun>> byField = new HashMap<>();
        inCells.forEach((cell, texts) -> byField.put(cell.field(), texts));
        inCells.forEach((cell, texts) -> {
            String value = cell.checkbox() ? tick(texts) : joined(texts);
            if (value != null && !value.isBlank()) {
                fields.put(cell.field(), value);
                regions.put(cell.field(), regionOf(cell));
            }
        });
        for (Acord25Section section : Acord25Section.values()) {
            stackedRows(section, byField, fields);
        }
        Set<String> marked = new HashSet<>();
        Map<String, PageRegion> unmarked = new LinkedHashMap<>();
        for (Cell cell : geometry.cells()) {
            if (cell.checkbox() && cell.isShown() && cell.page() == 1) {
                if (fields.containsKey(cell.field())) {
                    marked.add(cell.field());
                } else {
                    unmarked.put(cell.field(), regionOf(cell));
                }
            }
        }
        return new Reading(edition, fields, regions, Set.copyOf(marked), unmarked);
    }

    /** Where the cell lies on the page. */
    private PageRegion regionOf(Cell cell) {
        return new PageRegion(page, fit.pageX(cell.left()), fit.pageY(cell.top()), cell.width() * fit.scaleX(),
                cell.height() * fit.scaleY());
    }

    /**
     * Two policies stacked in one section (two policy numbers on two lines, as agencies print two
     * umbrella layers): each of the row's cells is read line by line, and a line goes to the policy
     * whose number is printed on it, the first to the row's own fields and the others to the stacked
     * rows' ({@link Acord25FieldMapping#stackedRow}). A line on no policy's line is left out: a date
     * printed once for two policies belongs to neither for sure.
     */
    private static void stackedRows(Acord25Section section, Map<String, List<TextRun>> byField, Map<String, String> fields) {
        List<List<TextRun>> numbers = lines(byField.getOrDefault(section.policyNumber(), List.of()));
        if (numbers.size() < 2) {
            return;
        }
        for (String field : section.rowFields()) {
            fields.remove(field);
            for (List<TextRun> printed : lines(byField.getOrDefault(field, List.of()))) {
                for (int row = 0; row < numbers.size(); row++) {
                    if (numbers.get(row).get(0).onLineOf(printed.get(0))) {
                        fields.put(row == 0 ? field : Acord25FieldMapping.stackedRow(field, row + 1), line(printed));
                        break;
                    }
                }
            }
        }
    }

    /**
     * The run's words, each placed by its share of the run's characters: agency systems print two
     * cells' values (the two dates of a row) as one run, which then straddles both cells.
     */
    private static java.util.stream.Stream<TextRun> words(TextRun run) {
        String text = run.text();
        if (text.codePoints().noneMatch(Character::isWhitespace)) {
            return java.util.stream.Stream.of(run);
        }
        float perCharacter = (run.right() - run.left()) / text.length();
        List<TextRun> words = new ArrayList<>();
        var word = Pattern.compile("\\S+").matcher(text);
        while (word.find()) {
            words.add(new TextRun(word.group(), run.left() + word.start() * perCharacter,
                    run.left() + word.end() * perCharacter, run.baseline(), run.size(), run.order()));
        }
        return words.stream();
    }

    /** Whether the run is (part of) a text the form prints at that place. */
    private boolean isPrinted(TextRun run) {
        float baseline = fit.formY(run.baseline());
        float left = fit.formX(run.left());
        float right = fit.formX(run.right());
        return geometry.labels().stream().anyMatch(label -> label.page() == 1
                && Math.abs(label.baseline() - baseline) <= 3
                && left >= label.left() - 4 && right <= label.right() + 4
                && !run.key().isEmpty() && label.key().contains(run.key()));
    }

    /** The cell that holds most of the run, or the nearest one on its line within half a line. */
    private Optional<Cell> cellOf(TextRun run) {
        float left = fit.formX(run.left());
        float right = Math.max(fit.formX(run.right()), left + 0.1f);
        float size = run.size() / fit.scaleY();
        float middle = fit.formY(run.baseline()) - 0.35f * size;
        Cell best = null;
        float bestOverlap = 0;
        Cell nearest = null;
        float nearestDistance = Float.MAX_VALUE;
        for (Cell cell : geometry.cells()) {
            if (!cell.isShown() || cell.page() != 1) {
                continue;
            }
            float overlap = Math.min(right, cell.right()) - Math.max(left, cell.left());
            if (overlap <= 0) {
                continue;
            }
            float[] extent = extents.get(cell);
            if (middle >= extent[0] && middle <= extent[1]) {
                if (best == null || overlap > bestOverlap + 0.01f
                        || (Math.abs(overlap - bestOverlap) <= 0.01f && area(cell) < area(best))) {
                    best = cell;
                    bestOverlap = overlap;
                }
            } else if (overlap >= 0.5f * (right - left)) {
                float distance = middle < extent[0] ? extent[0] - middle : middle - extent[1];
                if (distance <= Math.min(cell.height() / 2, 0.6f * size) && distance < nearestDistance) {
                    nearest = cell;
                    nearestDistance = distance;
                }
            }
        }
        return Optional.ofNullable(best != null ? best : nearest);
    }

    private float area(Cell cell) {
        float[] extent = extents.get(cell);
        return (extent[1] - extent[0]) * cell.width();
    }

    private static String tick(List<TextRun> runs) {
        return runs.stream().anyMatch(run -> TICK.matcher(run.text()).matches()) ? "true" : null;
    }

    /**
     * The cell's text in reading order: line by line, each line left to right, runs that touch
     * joined without a space, and of runs printed over each other only the one drawn last.
     */
    static String joined(List<TextRun> runs) {
        return lines(runs).stream().map(Acord25GeometryLayout::line).collect(Collectors.joining(" "));
    }

    /** The runs grouped into printed lines, top to bottom. */
    private static List<List<TextRun>> lines(List<TextRun> runs) {
        List<TextRun> sorted = runs.stream().sorted(Comparator.comparing(TextRun::baseline)).toList();
        List<List<TextRun>> lines = new ArrayList<>();
        for (TextRun run : sorted) {
            if (lines.isEmpty() || !lines.get(lines.size() - 1).get(0).onLineOf(run)) {
                lines.add(new ArrayList<>());
            }
            lines.get(lines.size() - 1).add(run);
        }
        return lines;
    }

    private static String line(List<TextRun> runs) {
        List<TextRun> visible = new ArrayList<>();
        for (TextRun run : runs.stream().sorted(Comparator.comparing(TextRun::order)).toList()) {
            visible.removeIf(under -> overprints(run, under));
            visible.add(run);
        }
        visible.sort(Comparator.comparing(TextRun::left));
        StringBuilder text = new StringBuilder();
        TextRun previous = null;
        for (TextRun run : visible) {
            if (previous != null && run.left() - previous.right() > 0.15f * Math.max(run.size(), previous.size())) {
                text.append(' ');
            }
            text.append(run.text());
            previous = run;
        }
        return text.toString();
    }

    /** Whether the later run covers most of the earlier one, as a value pasted over another on a white box. */
    private static boolean overprints(TextRun later, TextRun earlier) {
        float overlap = Math.min(later.right(), earlier.right()) - Math.max(later.left(), earlier.left());
        float narrower = Math.min(later.right() - later.left(), earlier.right() - earlier.left());
        return later.order() > earlier.order() && overlap > 0.5f * narrower;
    }
}
