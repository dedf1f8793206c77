package org.opencoi.audit.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jboss.ejb3.annotation.TransactionTimeout;
import org.opencoi.audit.domain.AuditAction;
import org.opencoi.audit.domain.AuditEvent;
import org.opencoi.audit.domain.AuditEventRepository;
import org.opencoi.audit.domain.ComplianceFigures;
import org.opencoi.audit.domain.ComplianceFigures.OpenDeficiency;
import org.opencoi.audit.infrastructure.AuditExtractCsvWriter;
import org.opencoi.audit.infrastructure.AuditExtractPdfWriter;
import org.opencoi.audit.infrastructure.AuditExtractStore;
import org.opencoi.audit.infrastructure.WrittenFile;
import org.opencoi.shared.application.InvalidRequestException;
import org.opencoi.shared.application.NotFoundException;
import org.opencoi.shared.application.Roles;

/**
 * Audit extracts for auditors: every audit event of a range of days as CSV, and a PDF summary of where vendors
 * stand that carries the CSV's SHA-256. Written by the audit-extract job and kept on the server; admins list
 * and download them, and each download is itself audited.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class AuditExtract {

    static final String CSV_TYPE = "text/csv; charset=UTF-8";
    static final String PDF_TYPE = "application/pdf";

    @Inject
    AuditEventRepository events;

    @Inject
    ComplianceFigures compliance;

    @Inject
    AuditExtractCsvWriter csvWriter;

    @Inject
    AuditExtractPdfWriter pdfWriter;

    @Inject
    AuditExtractStore store;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /**
     * Writes the extract of the days from..to (both included, UTC) for a job execution. Open to the batch
     * runtime's threads; who may start the job is checked where it is started.
     */
    @PermitAll
    // One read of a long range can outlast the default transaction timeout of five minutes.
    @TransactionTimeout(value = 1, unit = TimeUnit.HOURS)
    public AuditExtractView write(long executionId, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new InvalidRequestException("the extract range ends before it starts");
        }
        Path directory = store.freshDirectory(executionId);
        Instant created = clock.instant();
        WrittenFile csv;
        try (Stream<AuditEvent> inRange = events.between(from.atStartOfDay().toInstant(ZoneOffset.UTC),
                to.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC))) {
            csv = csvWriter.write(inRange, directory.resolve(AuditExtractStore.CSV));
        }
        WrittenFile pdf;
        try (Stream<OpenDeficiency> nonCompliant = compliance.openDeficienciesOfNonCompliantVendors()) {
            pdf = pdfWriter.write(new AuditExtractPdfWriter.Summary(from, to, created, AuditExtractStore.CSV, csv,
                    compliance.vendorsByStatus()), nonCompliant,
                    directory.resolve(AuditExtractStore.PDF));
        }
        AuditExtractView extract = new AuditExtractView(executionId, from, to, created, csv.records(), csv.bytes(),
                csv.sha256(), pdf.bytes(), pdf.sha256());
        store.complete(extract);
        return extract;
    }

    /** The complete extracts, newest first. */
    public List<AuditExtractView> list() {
        return store.list();
    }

    /** The CSV of the execution's extract; the download is audited. */
    public AuditExtractFile csv(long executionId) {
        AuditExtractView extract = find(executionId);
        return exported(extract, "csv", new AuditExtractFile(store.directory(executionId).resolve(AuditExtractStore.CSV),
                CSV_TYPE, "audit-extract-" + executionId + ".csv", extract.csvBytes(), extract.csvSha256()));
    }

    /** The PDF summary of the execution's extract; the download is audited. */
    public AuditExtractFile pdf(long executionId) {
        AuditExtractView extract = find(executionId);
        return exported(extract, "pdf", new AuditExtractFile(store.directory(executionId).resolve(AuditExtractStore.PDF),
                PDF_TYPE, "audit-extract-" + executionId + ".pdf", extract.pdfBytes(), extract.pdfSha256()));
    }

    private AuditExtractView find(long executionId) {
        return store.find(executionId).orElseThrow(() -> new NotFoundException("no audit extract " + executionId));
    }

    private AuditExtractFile exported(AuditExtractView extract, String format, AuditExtractFile file) {
        if (!Files.isRegularFile(file.path())) {
            throw new NotFoundException("the " + format + " file of audit extract " + extract.executionId() + " is gone");
        }
        audit.record(AuditAction.EXPORT, "AuditExtract", Long.toString(extract.executionId()), null,
                Map.of("file", file.fileName(), "format", format, "from", extract.from().toString(), "to", extract.to().toString(),
                        "sha256", file.sha256()));
        return file;
    }
}
