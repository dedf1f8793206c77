package org.opencoi.compliance.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.opencoi.compliance.domain.ComplianceDecision;
import org.opencoi.compliance.domain.RecordedDecision;
import org.opencoi.shared.domain.ComplianceStatus;

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
        return of(recorded.getId(), recorded.toDecision(), recorded.getDecidedAt(), recorded.getDecidedBy());
    }

    /** The decision as made; {@code id} names the recorded decision that found the same. */
    public static DecisionView of(long id, ComplianceDecision d, Instant decidedAt, String decidedBy) {
        return new DecisionView(id, d.vendorId(), d.status(), d.asOf(), d.profileId(), d.profileVersion(), decidedAt,
                decidedBy, d.deficiencies().stream().map(DeficiencyView::of).toList(), d.certificateIds(), d.policyIds(),
                d.waiverIds());
    }
}
