package org.opencoi.compliance.application;

/** A report written as a file, ready to be sent. */
public record ExportedReport(String fileName, String contentType, byte[] content) {
}
