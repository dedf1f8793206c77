package org.opencoi.compliance.application;

import java.time.LocalDate;
import org.opencoi.compliance.domain.DeficiencyKind;
import org.opencoi.shared.domain.CoverageType;
import org.opencoi.shared.domain.LimitKind;

/** An admin's request to accept one deficiency of one vendor until a date, with a reason. */
public record WaiverRequest(
        DeficiencyKind kind,
        CoverageType coverage,
        String coverageName,
        LimitKind limit,
        LocalDate until,
        String reason) {
}
