package org.opencoi.compliance.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.stream.Stream;
import org.opencoi.audit.domain.ComplianceFigures;
import org.opencoi.compliance.domain.ComplianceRepository;
import org.opencoi.compliance.domain.ReportRepository;

/** The compliance figures an audit extract's summary shows, read from the recorded decisions. */
@ApplicationScoped
public class AuditComplianceFigures implements ComplianceFigures {

    @Inject
    ComplianceRepository compliance;

    @Inject
    ReportRepository reports;

    @Override
    public List<StatusCount> vendorsByStatus() {
        return reports.vendorsByStatus(ReportRepository.Grouping.NONE).stream()
                .map(count -> new StatusCount(count.status(), count.vendors()))
                .toList();
    }

    @Override
    public Stream<OpenDeficiency> openDeficienciesOfNonCompliantVendors() {
        // Closing the mapped stream closes the query's stream underneath.
        return compliance.openDeficienciesOfNonCompliantVendors()
                .map(d -> new OpenDeficiency(d.vendorId(), d.vendorName(), d.decidedAt(), d.coverageName(), d.message()));
    }
}
