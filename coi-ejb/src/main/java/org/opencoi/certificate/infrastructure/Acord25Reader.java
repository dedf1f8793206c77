package org.opencoi.certificate.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.opencoi.certificate.domain.CertificateReader;
import org.opencoi.certificate.domain.ExtractedCertificate;
import org.opencoi.certificate.domain.ExtractionMethod;
import org.opencoi.certificate.domain.PageRegion;

/**
 * Reads an ACORD 25 certificate of liability insurance from its PDF. A fillable certificate is read
 * from its AcroForm fields by their names (plain or XFA-hybrid); one without filled-in ACORD 25
 * fields (flattened, or printed to PDF) from the text of the first page that shows the form (a
 * certificate may follow a cover letter): by its edition's geometry where the footer names an
 * edition and the page fits it, else by each value's place next to the form's printed labels (a
 * broker's re-draw), with a lower confidence. The remarks of an ACORD 101 additional remarks
 * schedule attached to it are added to its description of operations. Anything else (a scan with
 * no text, another document) is unreadable, with every key field missing: nothing is guessed.
 * Each value keeps the place on the page it was read from.
 */
@ApplicationScoped
public class Acord25Reader implements CertificateReader {

    /** What the PDF gave: ACORD 25 field values, the fields a fillable form has, where each value was read, and how. */
    private record Content(Map<String, String> fields, Set<String> formFields, Map<String, PageRegion> regions,
            ExtractionMethod method) {

        static final Content NONE = new Content(Map.of(), Set.of(), Map.of(), ExtractionMethod.UNREADABLE);

        /** The same content with remarks from an attached schedule added to its description of operations. */
        Content withRemarks(String remarks) {
            Map<String, String> added = new HashMap<>(fields);
            added.merge(Acord25FieldMapping.REMARKS, remarks, (own, more) -> own.isBlank() ? more : own.strip() + " " + more);
            return new Content(added, formFields, regions, method);
        }
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
            PDDocument document = opened.document();
            Map<String, String> fields = fieldReader.read(document);
            if (Acord25FieldMapping.isAcord25(fields.keySet())) {
                Content form = new Content(fields, fieldReader.fieldNames(document), fieldReader.regions(document),
                        ExtractionMethod.ACROFORM);
                if (document.getNumberOfPages() == 1) {
                    return form;
                }
                opened.checkStreams();
                return withRemarksSchedules(document, form, 0);
            }
            opened.checkStreams();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                Optional<Content> printed = readPrinted(TextRunStripper.runsOf(document, page), page);
                if (printed.isPresent()) {
                    return withRemarksSchedules(document, printed.get(), page);
                }
            }
            return Content.NONE;
        });
        if (content.method() == ExtractionMethod.UNREADABLE) {
            return ExtractedCertificate.unreadable();
        }
        return Acord25FieldMapping.toCertificate(content.fields(), content.formFields(), content.regions(), content.method());
    }

    /** The content with the remarks of every ACORD 101 page of the document but the form's own page, in page order. */
    private static Content withRemarksSchedules(PDDocument document, Content form, int formPage) throws IOException {
        Content content = form;
        for (int page = 1; page <= document.getNumberOfPages(); page++) {
            if (page != formPage) {
                Optional<String> remarks = Acord101Remarks.read(TextRunStripper.runsOf(document, page));
                if (remarks.isPresent()) {
                    content = content.withRemarks(remarks.get());
                }
            }
        }
        return content;
    }

    /** A printed page by its edition's geometry, or by its labels where it has no edition footer or does not fit. */
    private static Optional<Content> readPrinted(List<TextRun> runs, int page) {
        return Acord25GeometryLayout.read(runs, page)
                .map(reading -> new Content(reading.fields(), Set.of(), reading.regions(), ExtractionMethod.TEXT_LAYOUT))
                .or(() -> Acord25TextLayout.read(runs)
                        .map(fields -> new Content(fields, Set.of(), Map.of(), ExtractionMethod.TEXT_LAYOUT)));
    }

    @Override
    public ExtractedCertificate readByOcr(byte[] pdf) {
        throw new UnsupportedOperationException("OCR reading is not built yet");
    }
}
