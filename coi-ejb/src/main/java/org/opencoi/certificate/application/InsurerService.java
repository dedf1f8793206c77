package org.opencoi.certificate.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.opencoi.audit.application.AuditTrail;
import org.opencoi.audit.domain.AuditAction;
import org.opencoi.certificate.domain.Insurer;
import org.opencoi.certificate.domain.InsurerRepository;
import org.opencoi.shared.application.InvalidRequestException;
import org.opencoi.shared.application.Roles;
import org.opencoi.shared.domain.AmBestRating;
import org.opencoi.shared.domain.FinancialSizeCategory;
import org.opencoi.shared.domain.NaicCode;

/**
 * The insurer table compliance decisions read ratings from, keyed by NAIC code and loaded from CSV with
 * the header {@code naic_code,name,am_best_rating,financial_size_category,admitted}. A load is all or
 * nothing: one bad row refuses the whole file.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.REVIEWER, Roles.VIEWER, Roles.INTEGRATION})
public class InsurerService {

    static final String[] HEADER = {"naic_code", "name", "am_best_rating", "financial_size_category", "admitted"};

    @Inject
    InsurerRepository insurers;

    @Inject
    AuditTrail audit;

    public List<InsurerView> list() {
        return insurers.all().stream().map(InsurerView::of).toList();
    }

    /** Adds the insurers of the CSV that are new and re-rates those already known; returns the rows read. */
    @RolesAllowed(Roles.ADMIN)
    public int importCsv(Reader csv) {
        int rows = 0;
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true).get().parse(csv)) {
            if (!parser.getHeaderNames().containsAll(List.of(HEADER))) {
                throw new InvalidRequestException("the CSV header must name the columns " + String.join(",", HEADER));
            }
            for (CSVRecord row : parser) {
                rows++;
                importRow(row);
            }
        } catch (IOException | UncheckedIOException e) {
            throw new InvalidRequestException("the CSV could not be read near line " + (rows + 1) + ": " + e.getMessage());
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new InvalidRequestException("insurer CSV line " + (rows + 1) + ": " + e.getMessage());
        }
        audit.record(AuditAction.IMPORT, "Insurer", null, null, Map.of("rows", rows));
        return rows;
    }

    private void importRow(CSVRecord row) {
        String name = row.get("name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("name is blank");
        }
        AmBestRating rating = row.get("am_best_rating").isBlank() ? null : AmBestRating.fromLabel(row.get("am_best_rating"));
        String size = row.get("financial_size_category");
        FinancialSizeCategory category = size.isBlank() ? null : FinancialSizeCategory.valueOf(size.toUpperCase());
        String admittedText = row.get("admitted").toLowerCase();
        if (!admittedText.equals("true") && !admittedText.equals("false")) {
            throw new IllegalArgumentException("admitted must be true or false, not " + row.get("admitted"));
        }
        boolean admitted = Boolean.parseBoolean(admittedText);
        NaicCode naic = NaicCode.of(row.get("naic_code"));
        insurers.find(naic).ifPresentOrElse(
                known -> known.rate(name, rating, category, admitted),
                () -> insurers.add(new Insurer(naic, name, rating, category, admitted)));
    }
}
