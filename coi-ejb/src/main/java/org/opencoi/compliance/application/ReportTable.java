package org.opencoi.compliance.application;

import java.util.List;

/**
 * A report as a table: a title, the column headings and the rows, each cell as it is shown. Every export
 * format (CSV, XLSX, PDF) writes the same table.
 */
public record ReportTable(String title, List<String> columns, List<List<String>> rows) {

    public ReportTable {
        columns = List.copyOf(columns);
        rows = rows.stream().map(row -> row.stream().map(cell -> cell == null ? "" : cell).toList()).toList();
        for (List<String> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("each row of a report has one cell per column");
            }
        }
    }
}
