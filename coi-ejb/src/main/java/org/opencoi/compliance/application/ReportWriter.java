package org.opencoi.compliance.application;


/** Writes a report table as a file of one format. */
public interface ReportWriter {

    ReportFormat format();

    byte[] write(ReportTable table);
}
