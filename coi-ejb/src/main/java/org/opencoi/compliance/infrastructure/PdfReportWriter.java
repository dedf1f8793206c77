package org.opencoi.compliance.infrastructure;

import static org.opencoi.shared.infrastructure.PdfText.fitted;
import static org.opencoi.shared.infrastructure.PdfText.printable;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.opencoi.compliance.application.ReportFormat;
import org.opencoi.compliance.application.ReportTable;
import org.opencoi.compliance.application.ReportWriter;

/**
 * A report as a printable PDF: landscape A4 pages, the title on the first, the column headings on every
 * page, columns of equal width with text cut to fit, page numbers at the foot.
 */
@ApplicationScoped
public class PdfReportWriter implements ReportWriter {

    private static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    private static final float MARGIN = 40;
    private static final float FONT_SIZE = 9;
    private static final float LINE = 13;

    @Override
    public ReportFormat format() {
        return ReportFormat.PDF;
    }

    @Override
    public byte[] write(ReportTable table) {
        PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        float columnWidth = (PAGE.getWidth() - 2 * MARGIN) / table.columns().size();
        try (PDDocument document = new PDDocument()) {
            int row = 0;
            int pageNumber = 0;
            do {
                PDPage page = new PDPage(PAGE);
                document.addPage(page);
                pageNumber++;
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    float y = PAGE.getHeight() - MARGIN;
                    if (pageNumber == 1) {
                        text(content, bold, 14, MARGIN, y, printable(bold, table.title()));
                        y -= 2 * LINE;
                    }
                    line(content, bold, table.columns(), columnWidth, y);
                    y -= LINE;
                    while (row < table.rows().size() && y > MARGIN + LINE) {
                        line(content, regular, table.rows().get(row++), columnWidth, y);
                        y -= LINE;
                    }
                    text(content, regular, FONT_SIZE, MARGIN, MARGIN / 2, "page " + pageNumber);
                }
            } while (row < table.rows().size());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void line(PDPageContentStream content, PDType1Font font, List<String> cells, float columnWidth, float y)
            throws IOException {
        for (int column = 0; column < cells.size(); column++) {
            text(content, font, FONT_SIZE, MARGIN + column * columnWidth, y,
                    fitted(font, FONT_SIZE, printable(font, cells.get(column)), columnWidth - 6));
        }
    }

    private static void text(PDPageContentStream content, PDType1Font font, float size, float x, float y, String text)
            throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }
}
