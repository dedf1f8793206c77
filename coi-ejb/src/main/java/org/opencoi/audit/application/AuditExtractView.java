package org.opencoi.audit.application;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One audit extract kept on the server: the job execution that wrote it, the days it covers, when it was
 * written, how many events its CSV holds, and the size and SHA-256 of its CSV and of its PDF summary.
 */
public record AuditExtractView(long executionId, LocalDate from, LocalDate to, Instant created, long events,
        long csvBytes, String csvSha256, long pdfBytes, String pdfSha256) {
}
