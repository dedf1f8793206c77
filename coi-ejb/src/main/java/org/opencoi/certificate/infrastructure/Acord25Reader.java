package org.opencoi.certificate.infrastructure;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
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

/**
 * Reads an ACORD 25 certificate of liability insurance from its PDF. A fillable certificate is read
 * from its AcroForm fields by their names (plain or XFA-hybrid); one without filled-in ACORD 25
 * fields (flattened, or printed to PDF) from the text on its first page, by its place next to the
 * form's printed labels, with a lower confidence. A document whose pages lack a usable text layer
 * (a scan, a raster printed to PDF, glyphs drawn as outlines) is left to {@link #readByOcr}, which
 * renders those pages and recognises their words with Tesseract; anything else (a letter, another
 * document) is unreadable, with every key field missing: nothing is guessed.
 */
@ApplicationScoped
public class Acord25Reader implements CertificateReader {

    /**
     * What the PDF gave: its ACORD 25 form fields (filled in, and all it has), or else the text runs of its first page,
     * and whether, those giving no ACORD 25, a page has no usable text.
     */
    private record Content(Map<String, String> fields, Set<String> formFields, List<TextRun> firstPage, boolean textless) {
    }

    /** A page with fewer printed characters than this has no usable text layer: a certificate's has some thousands. */
    private static final int FEW_CHARACTERS = 40;

    /** A page's content streams this long draw something, outlines of glyphs or a picture, though not as text. */
    private static final int DRAWN_CONTENT_BYTES = 4096;

    /** The resolution pages are rendered at for OCR, lowered for a page so large that it would pass the pixel limit. */
    private static final float OCR_DPI = 300;

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
            Map<String, String> fields = fieldReader.read(opened.document());
            if (Acord25FieldMapping.isAcord25(fields.keySet())) {
                return new Content(fields, fieldReader.fieldNames(opened.document()), List.of(), false);
            }
            opened.checkStreams();
            List<TextRun> firstPage = TextRunStripper.runsOf(opened.document(), 1);
            boolean textless = Acord25TextLayout.read(firstPage).isEmpty() && !textlessPages(opened.document()).isEmpty();
            return new Content(Map.of(), Set.of(), firstPage, textless);
        });
        if (!content.fields().isEmpty()) {
            return Acord25FieldMapping.toCertificate(content.fields(), content.formFields(), ExtractionMethod.ACROFORM);
        }
        return Acord25TextLayout.read(content.firstPage())
                .map(fields -> Acord25FieldMapping.toCertificate(fields, ExtractionMethod.TEXT_LAYOUT))
                .orElseGet(content.textless() ? ExtractedCertificate::awaitingOcr : ExtractedCertificate::unreadable);
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
                Optional<Map<String, String>> fields = Acord25TextLayout.read(read.runs());
                if (fields.isPresent()) {
                    Map<String, Double> recognition = fields.get().entrySet().stream()
                            .collect(Collectors.toMap(Map.Entry::getKey, field -> read.confidenceOf(field.getValue())));
                    return Acord25FieldMapping.recognised(fields.get(), recognition, ExtractionMethod.OCR);
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
