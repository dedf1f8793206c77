package org.opencoi.certificate.infrastructure;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
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
 * broker's re-draw), with a lower confidence. Tick boxes that hold no printed mark are read from the
 * page's picture where the page fits its edition: the picture OCR reads, or, for a printed page on
 * which a coverage line has no mark in text at all (ticks drawn as graphics), the page rendered
 * coarsely. The remarks of an ACORD 101 additional remarks
 * schedule attached to it are added to its description of operations. A document whose pages lack
 * a usable text layer (a scan, a raster printed to PDF, glyphs drawn as outlines) is left to
 * {@link #readByOcr}, which renders those pages, recognises their words with Tesseract and reads
 * them the same two ways; anything else (a letter, another document) is unreadable, with every
 * key field missing: nothing is guessed. Each value keeps the place on the page it was read from.
 */
@ApplicationScoped
public class Acord25Reader implements CertificateReader {

    /**
     * What the PDF gave: ACORD 25 field values, the fields a fillable form has, where each value was
     * read, how surely each value seen rather than read as text was seen (a tick box read from the
     * page's picture), and how.
     */
    private record Content(Map<String, String> fields, Set<String> formFields, Map<String, PageRegion> regions,
            Map<String, Double> seen, ExtractionMethod method) {

        static final Content NONE = new Content(Map.of(), Set.of(), Map.of(), Map.of(), ExtractionMethod.UNREADABLE);
        static final Content TEXTLESS = new Content(Map.of(), Set.of(), Map.of(), Map.of(), ExtractionMethod.NEEDS_OCR);

        /** The same content with remarks from an attached schedule added to its description of operations. */
        Content withRemarks(String remarks) {
            Map<String, String> added = new HashMap<>(fields);
            added.merge(Acord25FieldMapping.REMARKS, remarks, (own, more) -> own.isBlank() ? more : own.strip() + " " + more);
            return new Content(added, formFields, regions, seen, method);
        }
    }

    /** A page with fewer printed characters than this has no usable text layer: a certificate's has some thousands. */
    private static final int FEW_CHARACTERS = 40;

    /** A page's content streams this long draw something, outlines of glyphs or a picture, though not as text. */
    private static final int DRAWN_CONTENT_BYTES = 4096;

    /** The resolution pages are rendered at for OCR, lowered for a page so large that it would pass the pixel limit. */
    private static final float OCR_DPI = 300;

    /** The resolution a printed page is rendered at to see tick boxes marked with graphics: a box is then some 20 pixels wide. */
    private static final float TICK_BOX_DPI = 100;

    private final PdfReadingLimits limits;
    private final BoundedPdfLoader loader;
    private final AcroFormFieldReader fieldReader;
    private final TesseractEngines engines = TesseractEngines.perProcessor();

    /** A reader with the limits the server is configured with ({@link PdfReadingLimits#configured()}). */
    public Acord25Reader() {
        this(PdfReadingLimits.configured());
    }

    public Acord25Reader(PdfReadingLimits limits) {
        this.limits = limits;
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
                        Map.of(), ExtractionMethod.ACROFORM);
                if (document.getNumberOfPages() == 1) {
                    return form;
                }
                opened.checkStreams();
                return withRemarksSchedules(document, form, 0);
            }
            opened.checkStreams();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                int index = page - 1;
                Optional<Content> printed = readPrinted(TextRunStripper.runsOf(document, page), page,
                        reading -> reading.hasLineWithoutMarks() ? Optional.of(tickBoxPicture(document, index)) : Optional.empty());
                if (printed.isPresent()) {
                    return withRemarksSchedules(document, printed.get(), page);
                }
            }
            return textlessPages(document).isEmpty() ? Content.NONE : Content.TEXTLESS;
        });
        if (content.method() == ExtractionMethod.UNREADABLE) {
            return ExtractedCertificate.unreadable();
        }
        if (content.method() == ExtractionMethod.NEEDS_OCR) {
            return ExtractedCertificate.awaitingOcr();
        }
        return Acord25FieldMapping.toCertificate(content.fields(), content.formFields(), content.regions(), content.seen(),
                content.method());
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

    /**
     * A printed page by its edition's geometry, or by its labels where it has no edition footer or
     * does not fit. Where the page fits its edition, the tick boxes without a printed mark are read
     * from the page's picture, if the picture function gives one for the reading.
     */
    private static Optional<Content> readPrinted(List<TextRun> runs, int page,
            IoFunction<Acord25GeometryLayout.Reading, Optional<TickBoxPicture>> picture) throws IOException {
        Optional<Acord25GeometryLayout.Reading> fitted = Acord25GeometryLayout.read(runs, page);
        if (fitted.isPresent()) {
            return Optional.of(withBoxesSeen(fitted.get(), picture.apply(fitted.get())));
        }
        return Acord25TextLayout.read(runs)
                .map(fields -> new Content(fields, Set.of(), Map.of(), Map.of(), ExtractionMethod.TEXT_LAYOUT));
    }

    /** A function that may fail to read its document. */
    @FunctionalInterface
    private interface IoFunction<T, R> {
        R apply(T input) throws IOException;
    }

    /**
     * The reading with each box that has no printed mark as the picture shows it, ticked ("true") or
     * not ("false"), with how surely it was seen; a printed mark wins, surely, and without a picture
     * an unmarked box stays unread.
     */
    private static Content withBoxesSeen(Acord25GeometryLayout.Reading reading, Optional<TickBoxPicture> picture) {
        Map<String, String> fields = new HashMap<>(reading.fields());
        Map<String, PageRegion> regions = new HashMap<>(reading.regions());
        Map<String, Double> seen = new HashMap<>();
        reading.markedBoxes().forEach(box -> seen.put(box, 1.0));
        picture.ifPresent(boxes -> reading.unmarkedBoxes().forEach((field, box) -> {
            TickBoxPicture.Mark mark = boxes.read(box);
            fields.put(field, String.valueOf(mark.ticked()));
            regions.put(field, box);
            seen.put(field, mark.confidence());
        }));
        return new Content(fields, Set.of(), regions, seen, ExtractionMethod.TEXT_LAYOUT);
    }

    /**
     * The page (0 is the first) rendered grey, coarsely: enough to tell a ticked box from an empty
     * one, and within the pixel limit of one image however large the page.
     */
    private TickBoxPicture tickBoxPicture(PDDocument document, int page) throws IOException {
        float dpi = Math.min(TICK_BOX_DPI, renderingDpi(document.getPage(page)));
        return new TickBoxPicture(new PDFRenderer(document).renderImageWithDPI(page, dpi, ImageType.GRAY), dpi);
    }

    /**
     * The certificate as read by OCR from the first of its pages without usable text that shows the
     * ACORD 25's labels. Each value's confidence is OCR's, scaled by how surely Tesseract recognised
     * the words it was read from.
     */
    @Override
    public ExtractedCertificate readByOcr(byte[] pdf) {
        return loader.read(pdf, opened -> {
            opened.checkStreams();
            PDDocument document = opened.document();
            PDFRenderer renderer = new PDFRenderer(document);
            for (int page : textlessPages(document)) {
                float dpi = renderingDpi(document.getPage(page));
                BufferedImage image = renderer.renderImageWithDPI(page, dpi, ImageType.GRAY);
                OcrPageReader.OcrPage read = engines.with(engine -> OcrPageReader.read(engine, image, dpi));
                Optional<Content> printed = readPrinted(read.runs(), page + 1,
                        reading -> Optional.of(new TickBoxPicture(read.upright(), dpi)));
                if (printed.isPresent()) {
                    Map<String, String> fields = printed.get().fields();
                    Map<String, Double> recognition = new HashMap<>(printed.get().seen());
                    fields.forEach((field, value) -> recognition.computeIfAbsent(field, f -> read.confidenceOf(value)));
                    return Acord25FieldMapping.recognised(fields, printed.get().regions(), recognition,
                            ExtractionMethod.OCR);
                }
            }
            return ExtractedCertificate.unreadable();
        });
    }

    /** Frees the OCR engines' native memory. */
    @PreDestroy
    public void close() {
        engines.close();
    }

    /** The resolution that renders the page within the pixel limit of one image, at most {@value #OCR_DPI}. */
    private float renderingDpi(PDPage page) {
        double inches = (page.getCropBox().getWidth() / 72.0) * (page.getCropBox().getHeight() / 72.0);
        return (float) Math.min(OCR_DPI, Math.floor(Math.sqrt(limits.maxImagePixels() / Math.max(inches, 1e-3))));
    }

    /**
     * The pages (0 is the first) with next to no text that still draw something: a scanned picture,
     * or glyphs drawn as outlines; a blank page is not among them.
     */
    private static List<Integer> textlessPages(PDDocument document) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        List<Integer> pages = new ArrayList<>();
        for (int page = 0; page < document.getNumberOfPages(); page++) {
            stripper.setStartPage(page + 1);
            stripper.setEndPage(page + 1);
            long characters = stripper.getText(document).chars().filter(c -> !Character.isWhitespace(c)).count();
            if (characters < FEW_CHARACTERS && drawsSomething(document.getPage(page))) {
                pages.add(page);
            }
        }
        return pages;
    }

    private static boolean drawsSomething(PDPage page) throws IOException {
        if (hasImage(page.getResources(), 2)) {
            return true;
        }
        if (!page.hasContents()) {
            return false;
        }
        try (InputStream contents = page.getContents()) {
            return contents.readNBytes(DRAWN_CONTENT_BYTES).length >= DRAWN_CONTENT_BYTES;
        }
    }

    /** Whether the resources name an image, directly or in a form XObject down to the given depth (a print to PDF wraps the page's picture in one). */
    private static boolean hasImage(PDResources resources, int depth) throws IOException {
        if (resources == null) {
            return false;
        }
        for (COSName name : resources.getXObjectNames()) {
            if (resources.isImageXObject(name)) {
                return true;
            }
            if (depth > 0) {
                PDXObject xObject = resources.getXObject(name);
                if (xObject instanceof PDFormXObject form && hasImage(form.getResources(), depth - 1)) {
                    return true;
                }
            }
        }
        return false;
    }
}
