package org.opencoi.certificate.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDCheckBox;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDNonTerminalField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTerminalField;
import org.opencoi.certificate.domain.PageRegion;

/**
 * Reads the filled-in AcroForm fields of a PDF by their leaf names, so that the plain ACORD 25
 * ("NamedInsured_FullName_A") and its XFA-hybrid variant ("F[0].P1[0].NamedInsured_FullName_A[0]")
 * give the same result. A checkbox reads "true" when its value is anything but Off.
 */
@ApplicationScoped
public class AcroFormFieldReader {

    private final BoundedPdfLoader loader;

    public AcroFormFieldReader() {
        this(PdfReadingLimits.DEFAULT);
    }

    public AcroFormFieldReader(PdfReadingLimits limits) {
        this.loader = new BoundedPdfLoader(limits);
    }

    /**
     * Field leaf name to value, for every field that has a value; empty when the PDF has no form.
     *
     * @throws org.opencoi.certificate.domain.UnreadableDocumentException when the file cannot be read as a PDF
     */
    public Map<String, String> read(byte[] pdf) {
        return loader.read(pdf, opened -> read(opened.document()));
    }

    /** The same reading on a document already opened within the limits. */
    Map<String, String> read(PDDocument document) {
        PDAcroForm form = document.getDocumentCatalog().getAcroForm(null);
        Map<String, String> values = new LinkedHashMap<>();
        if (form != null) {
            for (PDField field : form.getFieldTree()) {
                String name = field.getFullyQualifiedName();
                if (!(field instanceof PDNonTerminalField) && name != null) {
                    String value = valueOf(field);
                    if (value != null && !value.isBlank()) {
                        values.putIfAbsent(leafName(name), value.strip());
                    }
                }
            }
        }
        return values;
    }

    /**
     * The leaf names of every field the form has, filled in or not: an empty ADDL INSD field the form
     * has is the agent's "no", where a field the form lacks says nothing.
     */
    Set<String> fieldNames(PDDocument document) {
        PDAcroForm form = document.getDocumentCatalog().getAcroForm(null);
        Set<String> names = new HashSet<>();
        if (form != null) {
            for (PDField field : form.getFieldTree()) {
                String name = field.getFullyQualifiedName();
                if (!(field instanceof PDNonTerminalField) && name != null) {
                    names.add(leafName(name));
                }
            }
        }
        return names;
    }

    /**
     * Where each field's widget sits, by leaf name: its page (from 1) and rectangle in points from
     * the page's left and top edges, for the reviewer to see where a value was read.
     */
    Map<String, PageRegion> regions(PDDocument document) {
        PDAcroForm form = document.getDocumentCatalog().getAcroForm(null);
        Map<String, PageRegion> regions = new HashMap<>();
        if (form != null) {
            for (PDField field : form.getFieldTree()) {
                if (field instanceof PDTerminalField terminal && field.getFullyQualifiedName() != null) {
                    for (PDAnnotationWidget widget : terminal.getWidgets()) {
                        regionOf(document, widget).ifPresent(
                                region -> regions.putIfAbsent(leafName(field.getFullyQualifiedName()), region));
                    }
                }
            }
        }
        return regions;
    }

    private static Optional<PageRegion> regionOf(PDDocument document, PDAnnotationWidget widget) {
        PDRectangle box = widget.getRectangle();
        PDPage page = widget.getPage();
        int index = page == null ? -1 : document.getPages().indexOf(page);
        if (box == null || index < 0 || box.getWidth() <= 1 || box.getHeight() <= 1) {
            return Optional.empty();
        }
        PDRectangle media = page.getMediaBox();
        return Optional.of(new PageRegion(index + 1, box.getLowerLeftX() - media.getLowerLeftX(),
                media.getUpperRightY() - box.getUpperRightY(), box.getWidth(), box.getHeight()));
    }

    private static String valueOf(PDField field) {
        if (field instanceof PDCheckBox checkBox) {
            String value = checkBox.getValue();
            return String.valueOf(value != null && !value.isEmpty() && !"Off".equals(value));
        }
        return field.getValueAsString();
    }

    static String leafName(String qualifiedName) {
        String leaf = qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
        int index = leaf.indexOf('[');
        return index < 0 ? leaf : leaf.substring(0, index);
    }
}
