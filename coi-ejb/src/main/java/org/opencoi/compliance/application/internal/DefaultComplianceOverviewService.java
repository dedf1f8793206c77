package org.opencoi.compliance.application.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import org.opencoi.certificate.domain.CertificateRepository;
import org.opencoi.compliance.application.ComplianceOverview;
import org.opencoi.compliance.application.ComplianceOverview.ExpiringWindow;
import org.opencoi.compliance.application.ComplianceOverviewService;
import org.opencoi.compliance.domain.ComplianceRepository;
import org.opencoi.shared.application.Roles;
import org.opencoi.shared.domain.ComplianceStatus;
import org.opencoi.vendor.application.VendorCriteria;
import org.opencoi.vendor.application.VendorSearch;

@Stateless
@RolesAllowed({Roles.ADMIN, Roles.REVIEWER, Roles.VIEWER})
public class DefaultComplianceOverviewService implements ComplianceOverviewService {

    private static final int NEWEST_DEFICIENCIES = 10;

    @Inject
    VendorSearch listings;

    @Inject
    ComplianceRepository decisions;

    @Inject
    CertificateRepository certificates;

    @Inject
    Clock clock;

    @Override
    public ComplianceOverview overview() {
        Map<ComplianceStatus, Long> byStatus = new EnumMap<>(ComplianceStatus.class);
        for (ComplianceStatus status : ComplianceStatus.values()) {
            byStatus.put(status, listings.count(VendorCriteria.inStatus(status)));
        }
        LocalDate today = LocalDate.now(clock);
        var expiring = Arrays.stream(EXPIRING_WINDOWS).mapToObj(days -> {
            LocalDate to = today.plusDays(days);
            return new ExpiringWindow(days, today, to,
                    listings.count(new VendorCriteria(null, null, null, null, today, to)));
        }).toList();
        return new ComplianceOverview(byStatus, expiring, decisions.newestOpenDeficiencies(NEWEST_DEFICIENCIES),
                certificates.countAwaitingReview());
    }
}
