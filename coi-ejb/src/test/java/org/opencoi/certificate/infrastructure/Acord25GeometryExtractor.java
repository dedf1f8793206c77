package org.opencoi.certificate.infrastructure;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDCheckBox;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTerminalField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;

/**
 * Derives an edition's geometry from a blank ACORD 25: every AcroForm field with its widget's
 * rectangle, and every piece of printed text (the labels the reader anchors on, and the footer that
 * names the edition) with its place. The blank is ACORD's artwork and stays out of the project; only
 * these measurements are kept, as {@code acord25-<edition>-fields.csv} and
 * {@code acord25-<edition>-labels.csv} in the reader's resources. Run by hand after
 * {@code mvn -B -o -q -pl coi-ejb test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt}:
 *
 * <pre>
 * java -cp coi-ejb/target/test-classes:coi-ejb/target/classes:$(cat /tmp/cp.txt) \
 *     org.opencoi.certificate.infrastructure.Acord25GeometryExtractor /tmp/acord-25-blank.pdf 2016-03 \
 *     coi-ejb/src/main/resources/org/opencoi/certificate/infrastructure
 * </pre>
 *
 * Coordinates are points from the page's left and top edges, as {@link TextRun} and the reader use them.
 */
public final class Acord25GeometryExtractor {

    private Acord25GeometryExtractor() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: Acord25GeometryExtractor <blank.pdf> <edition, e.g. 2016-03> <output folder>");
            System.exit(2);
        }
        Path output = Path.of(args[2]);
        try (PDDocument blank = Loader.loadPDF(Path.of(args[0]).toFile())) {
            writeFields(blank, output.resolve("acord25-" + args[1] + "-fields.csv"));
            writeLabels(blank, output.resolve("acord25-" + args[1] + "-labels.csv"));
        }
    }

    private static void writeFields(PDDocument blank, Path file) throws IOException {
        PDAcroForm form = blank.getDocumentCatalog().getAcroForm(null);
        if (form == null) {
            throw new IllegalArgumentException("the blank has no AcroForm");
        }
        try (CSVPrinter csv = printer(file, "field", "kind", "page", "left", "top", "width", "height", "multiline",
                "centered")) {
            for (PDField field : form.getFieldTree()) {
                if (field instanceof PDTerminalField terminal) {
                    for (PDAnnotationWidget widget : terminal.getWidgets()) {
                        PDRectangle box = widget.getRectangle();
                        int page = pageOf(blank, widget);
                        float height = blank.getPage(page - 1).getMediaBox().getHeight();
                        boolean text = terminal instanceof PDTextField;
                        csv.printRecord(AcroFormFieldReader.leafName(terminal.getFullyQualifiedName()),
                                terminal instanceof PDCheckBox ? "checkbox" : "text", page, format(box.getLowerLeftX()),
                                format(height - box.getUpperRightY()), format(box.getWidth()), format(box.getHeight()),
                                text && ((PDTextField) terminal).isMultiline(),
                                text && ((PDTextField) terminal).getQ() == PDTextField.QUADDING_CENTERED);
                    }
                }
            }
        }
    }

    private static void writeLabels(PDDocument blank, Path file) throws IOException {
        try (CSVPrinter csv = printer(file, "page", "text", "left", "right", "baseline", "size")) {
            for (int page = 1; page <= blank.getNumberOfPages(); page++) {
                List<TextRun> runs = TextRunStripper.runsOf(blank, page);
                for (TextRun run : runs) {
                    csv.printRecord(page, run.text(), format(run.left()), format(run.right()), format(run.baseline()),
                            format(run.size()));
                }
            }
        }
    }

    private static int pageOf(PDDocument document, PDAnnotationWidget widget) {
        PDPage page = widget.getPage();
        int index = page == null ? 0 : document.getPages().indexOf(page);
        return Math.max(index, 0) + 1;
    }

    private static CSVPrinter printer(Path file, String... header) throws IOException {
        Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        return new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(header).setRecordSeparator('\n').get());
    }

    private static String format(float value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
