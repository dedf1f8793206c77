package org.opencoi.audit.infrastructure;

import static org.opencoi.shared.infrastructure.PdfText.fitted;
import static org.opencoi.shared.infrastructure.PdfText.printable;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.opencoi.audit.domain.ComplianceFigures.OpenDeficiency;
import org.opencoi.audit.domain.ComplianceFigures.StatusCount;

/**
 * The summary of an audit extract as a PDF: the days it covers, the vendors in each compliance status, each
 * non-compliant vendor with its open deficiencies, and the SHA-256 of the extract's CSV, which binds the
 * summary to that CSV. Pages go to a scratch file as they are filled, so long listings do not fill the heap.
 */
@ApplicationScoped
public class AuditExtractPdfWriter {

    private static final PDRectangle PAGE = PDRectangle.A4;
    private static final float MARGIN = 50;
    private static final float FONT_SIZE = 9;
    private static final float LINE = 13;

    /** The summary's content apart from the non-compliant vendors, which are streamed. */
    public record Summary(LocalDate from, LocalDate to, Instant created, String csvFileName, WrittenFile csv,
            List<StatusCount> vendorsByStatus) {
    }

    public WrittenFile write(Summary summary, Stream<OpenDeficiency> nonCompliant, Path file) {
        try (PDDocument document = new PDDocument(IOUtils.createTempFileOnlyStreamCache());
                Pages pages = new Pages(document)) {
            pages.line(pages.bold, 14, "OpenCOI audit extract " + summary.from() + " to " + summary.to());
            pages.skip();
            pages.line(pages.regular, FONT_SIZE, "Days covered (UTC, both included): " + summary.from() + " to " + summary.to());
            pages.line(pages.regular, FONT_SIZE, "Written at: " + summary.created());
            pages.line(pages.regular, FONT_SIZE, "Audit events in the CSV " + summary.csvFileName() + ": " + summary.csv().records());
            pages.line(pages.regular, FONT_SIZE, "SHA-256 of the CSV: " + summary.csv().sha256());
            pages.skip();
            pages.line(pages.bold, 11, "Vendors by compliance status");
            long total = 0;
            for (StatusCount count : summary.vendorsByStatus()) {
                pages.line(pages.regular, FONT_SIZE, count.status() + ": " + count.vendors());
                total += count.vendors();
            }
            pages.line(pages.regular, FONT_SIZE, "Total vendors: " + total);
            pages.skip();
            pages.line(pages.bold, 11, "Non-compliant vendors and their open deficiencies");
            long vendorId = -1;
            for (Iterator<OpenDeficiency> it = nonCompliant.iterator(); it.hasNext(); ) {
                OpenDeficiency deficiency = it.next();
                if (deficiency.vendorId() != vendorId) {
                    vendorId = deficiency.vendorId();
                    pages.line(pages.bold, FONT_SIZE, deficiency.vendorName() + " (vendor " + vendorId + ", decided "
                            + deficiency.decidedAt() + ")");
                }
                pages.line(pages.regular, FONT_SIZE, "    " + deficiency.coverageName() + ": " + deficiency.message());
            }
            if (vendorId == -1) {
                pages.line(pages.regular, FONT_SIZE, "none");
            }
            pages.close();
            try (HashingOutput out = new HashingOutput(new BufferedOutputStream(Files.newOutputStream(file)))) {
                document.save(out);
                out.flush();
                return out.written(document.getNumberOfPages());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the audit extract summary " + file, e);
        }
    }

    /** Lines of text down the pages, a new page when one is full, page numbers at the foot. */
    private static final class Pages implements AutoCloseable {

        final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        private final PDDocument document;
        private PDPageContentStream content;
        private float y;

        Pages(PDDocument document) {
            this.document = document;
        }

        void skip() {
            y -= LINE;
        }

        void line(PDType1Font font, float size, String text) throws IOException {
            if (content == null || y < MARGIN + LINE) {
                newPage();
            }
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(MARGIN, y);
            content.showText(fitted(font, size, printable(font, text), PAGE.getWidth() - 2 * MARGIN));
            content.endText();
            y -= size > FONT_SIZE ? LINE + 4 : LINE;
        }

        private void newPage() throws IOException {
            close();
            PDPage page = new PDPage(PAGE);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            content.beginText();
            content.setFont(regular, FONT_SIZE);
            content.newLineAtOffset(MARGIN, MARGIN / 2);
            content.showText("page " + document.getNumberOfPages());
            content.endText();
            y = PAGE.getHeight() - MARGIN;
        }

        @Override
        public void close() throws IOException {
            if (content != null) {
                content.close();
                content = null;
            }
        }
    }
}
