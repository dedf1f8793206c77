package org.opencoi.compliance.application;

import java.math.BigDecimal;
import org.opencoi.compliance.domain.Deficiency;
import org.opencoi.compliance.domain.DeficiencyKind;
import org.opencoi.shared.domain.CoverageType;
import org.opencoi.shared.domain.LimitKind;

/** One deficiency as screens and APIs show it; {@code limit} names the limit kind of a limit deficiency. */
public record DeficiencyView(
        CoverageType coverage,
        String coverageName,
        DeficiencyKind kind,
        LimitKind limit,
        BigDecimal required,
        BigDecimal found,
        String message,
        boolean waived,
        String waiverReason) {

    public static DeficiencyView of(Deficiency d) {
        return new DeficiencyView(d.coverage(), d.coverageName(), d.kind(), d.limitKind(), d.required(), d.found(),
                d.message(), d.waived(), d.waiverReason());
    }
}
