package org.opencoi.certificate.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.opencoi.certificate.domain.CertificateReader;
import org.opencoi.certificate.domain.ExtractedCertificate;
import org.opencoi.certificate.domain.ExtractionMethod;

/**
 * Reads an ACORD 25 certificate of liability insurance from its PDF. A fillable certificate is read
 * from its AcroForm fields by their names (plain or XFA-hybrid); one without filled-in ACORD 25
 * fields (flattened, or printed to PDF) from the text on its first page, by its place next to the
 * form's printed labels, with a lower confidence; anything else (a scan with no text, another
 * document) is unreadable, with every key field missing: nothing is guessed.
 */
@ApplicationScoped
public class Acord25Reader implements CertificateReader {

    /** What the PDF gave: its ACORD 25 form fields (filled in, and all it has), or else the text runs of its first page. */
    private record Content(Map<String, String> fields, Set<String> formFields, List<TextRun> firstPage) {
    }

    private final BoundedPdfLoader loader;
    private final AcroFormFieldReader fieldReader;

    /** A reader with the limits the server is configured with ({@link PdfReadingLimits#configured()}). */
    public Acord25Reader() {
        this(PdfReadingLimits.configured());
    }

    public Acord25Reader(PdfReadingLimits limits) {
        this.loader = new BoundedPdfLoader(limits);
        this.fieldReader = new AcroFormFieldReader(limits);
    }

    /**
     * The certificate as read, each value with its confidence.
     *
     * @throws org.opencoi.certificate.domain.UnreadableDocumentException when the file is not a PDF
     *         that can be opened within the reading limits, with the reason
     */
    @Override
    public ExtractedCertificate read(byte[] pdf) {
        Content content = loader.read(pdf, opened -> {
            Map<String, String> fields = fieldReader.read(opened.document());
            if (Acord25FieldMapping.isAcord25(fields.keySet())) {
                return new Content(fields, fieldReader.fieldNames(opened.document()), List.of());
            }
            opened.checkStreams();
            return new Content(Map.of(), Set.of(), TextRunStripper.runsOf(opened.document(), 1));
        });
        if (!content.fields().isEmpty()) {
            return Acord25FieldMapping.toCertificate(content.fields(), content.formFields(), ExtractionMethod.ACROFORM);
        }
        return Acord25TextLayout.read(content.firstPage())
                .map(fields -> Acord25FieldMapping.toCertificate(fields, ExtractionMethod.TEXT_LAYOUT))
                .orElseGet(ExtractedCertificate::unreadable);
    }

    @Override
    public ExtractedCertificate readByOcr(byte[] pdf) {
        throw new UnsupportedOperationException("OCR reading is not built yet");
    }
}
