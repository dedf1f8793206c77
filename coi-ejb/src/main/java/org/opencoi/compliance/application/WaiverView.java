package org.opencoi.compliance.application;

import java.time.Instant;
import java.time.LocalDate;
import org.opencoi.compliance.domain.DeficiencyKind;
import org.opencoi.compliance.domain.VendorWaiver;
import org.opencoi.compliance.domain.Waiver;
import org.opencoi.shared.domain.CoverageType;
import org.opencoi.shared.domain.LimitKind;

/** A waiver as screens and APIs show it, with whether it holds on the day asked about. */
public record WaiverView(
        long id,
        long vendorId,
        DeficiencyKind kind,
        CoverageType coverage,
        String coverageName,
        LimitKind limit,
        LocalDate grantedOn,
        LocalDate until,
        String reason,
        String grantedBy,
        Instant grantedAt,
        boolean active) {

    public static WaiverView of(VendorWaiver stored, LocalDate today) {
        Waiver w = stored.toWaiver();
        return new WaiverView(stored.getId(), stored.getVendorId(), w.kind(), w.line().coverage(), w.line().name(),
                w.limitKind(), w.grantedOn(), w.until(), w.reason(), stored.getGrantedBy(), stored.getGrantedAt(),
                w.holdsOn(today));
    }
}
