package org.opencoi.compliance.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.opencoi.compliance.domain.ComplianceDecision;
import org.opencoi.compliance.domain.ComplianceStatus;
import org.opencoi.compliance.domain.RecordedDecision;

/** A recorded compliance decision as screens and APIs show it. */
public record DecisionView(
        long id,
        long vendorId,
        ComplianceStatus status,
        LocalDate asOf,
        Long profileId,
        int profileVersion,
        Instant decidedAt,
        String decidedBy,
        List<DeficiencyView> deficiencies,
        List<Long> certificateIds,
        List<Long> policyIds,
        List<Long> waiverIds) {

    public static DecisionView of(RecordedDecision recorded) {
        ComplianceDecision d = recorded.toDecision();
        return new DecisionView(recorded.getId(), recorded.getVendorId(), d.status(), d.asOf(), d.profileId(),
                d.profileVersion(), recorded.getDecidedAt(), recorded.getDecidedBy(),
                d.deficiencies().stream().map(DeficiencyView::of).toList(),
                d.certificateIds(), d.policyIds(), d.waiverIds());
    }
}
