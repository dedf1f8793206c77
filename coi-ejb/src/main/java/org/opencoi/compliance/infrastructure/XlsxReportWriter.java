package org.opencoi.compliance.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.opencoi.compliance.application.ReportFormat;
import org.opencoi.compliance.application.ReportTable;
import org.opencoi.compliance.application.ReportWriter;

/**
 * A report as an Excel workbook: one sheet, a bold header row, whole numbers as numbers. Written with
 * Apache POI's streaming workbook, so that a long report does not sit in memory as a cell tree.
 */
@ApplicationScoped
public class XlsxReportWriter implements ReportWriter {

    private static final int ROWS_IN_MEMORY = 200;

    @Override
    public ReportFormat format() {
        return ReportFormat.XLSX;
    }

    @Override
    public byte[] write(ReportTable table) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY)) {
            Sheet sheet = workbook.createSheet(table.title().length() > 31 ? table.title().substring(0, 31) : table.title());
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int column = 0; column < table.columns().size(); column++) {
                header.createCell(column).setCellValue(table.columns().get(column));
                header.getCell(column).setCellStyle(bold);
            }
            int index = 1;
            for (List<String> values : table.rows()) {
                Row row = sheet.createRow(index++);
                for (int column = 0; column < values.size(); column++) {
                    String value = values.get(column);
                    if (value.matches("\\d{1,15}")) {
                        row.createCell(column).setCellValue(Long.parseLong(value));
                    } else {
                        row.createCell(column).setCellValue(value);
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
