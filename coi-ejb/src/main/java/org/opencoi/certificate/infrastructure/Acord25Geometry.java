package org.opencoi.certificate.infrastructure;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Where an edition of the ACORD 25 puts things, as measured from its blank form: each AcroForm
 * field's rectangle and each printed text with its place, in points from the page's left and top
 * edges. Read from {@code acord25-<name>-fields.csv} and {@code acord25-<name>-labels.csv} beside
 * this class (written by the test tree's {@code Acord25GeometryExtractor}).
 */
record Acord25Geometry(List<Cell> cells, List<Label> labels) {

    /** A field's widget: a checkbox or a text cell, one line high unless multiline. */
    record Cell(String field, boolean checkbox, int page, float left, float top, float width, float height,
            boolean multiline, boolean centered) {

        float right() {
            return left + width;
        }

        float bottom() {
            return top + height;
        }

        /** A hidden field (the edition identifier) has no place on the page. */
        boolean isShown() {
            return width > 1 && height > 1;
        }
    }

    /** Text the form prints, as one {@link TextRun} of the blank. */
    record Label(int page, String text, float left, float right, float baseline, float size, String key) {

        /** The label with its key, compared as text runs are ({@link TextRun#keyOf}), worked out once. */
        Label(int page, String text, float left, float right, float baseline, float size) {
            this(page, text, left, right, baseline, size, TextRun.keyOf(text));
        }
    }

    private static final Map<String, Acord25Geometry> LOADED = new ConcurrentHashMap<>();

    static Acord25Geometry named(String name) {
        return LOADED.computeIfAbsent(name, Acord25Geometry::load);
    }

    private static Acord25Geometry load(String name) {
        List<Cell> cells = rows("acord25-" + name + "-fields.csv", row -> new Cell(row.get("field"),
                "checkbox".equals(row.get("kind")), Integer.parseInt(row.get("page")), number(row, "left"),
                number(row, "top"), number(row, "width"), number(row, "height"),
                Boolean.parseBoolean(row.get("multiline")), Boolean.parseBoolean(row.get("centered"))));
        List<Label> labels = rows("acord25-" + name + "-labels.csv", row -> new Label(Integer.parseInt(row.get("page")),
                row.get("text"), number(row, "left"), number(row, "right"), number(row, "baseline"), number(row, "size")));
        return new Acord25Geometry(List.copyOf(cells), List.copyOf(labels));
    }

    private static float number(CSVRecord row, String column) {
        return Float.parseFloat(row.get(column));
    }

    private static <T> List<T> rows(String resource, Function<CSVRecord, T> row) {
        try (InputStream in = Acord25Geometry.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no geometry " + resource + " beside " + Acord25Geometry.class.getName());
            }
            List<T> rows = new ArrayList<>();
            for (CSVRecord record : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                rows.add(row.apply(record));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
