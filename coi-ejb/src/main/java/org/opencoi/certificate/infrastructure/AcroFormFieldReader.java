package org.opencoi.certificate.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDCheckBox;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDNonTerminalField;

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
