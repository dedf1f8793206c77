package org.opencoi.compliance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import org.opencoi.shared.domain.CoverageType;
import org.opencoi.shared.domain.LimitKind;

/** A deficiency as it was stated in a recorded decision. */
@Embeddable
public class RecordedDeficiency {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private DeficiencyKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private CoverageType coverage;

    @Column(name = "coverage_name", length = 120)
    private String coverageName;

    @Enumerated(EnumType.STRING)
    @Column(name = "limit_kind", length = 40)
    private LimitKind limitKind;

    @Column(precision = 15, scale = 2)
    private BigDecimal required;

    @Column(precision = 15, scale = 2)
    private BigDecimal found;

    @Column(nullable = false, length = 1000)
    private String message;

    @Column(nullable = false)
    private boolean waived;

    @Column(name = "waiver_reason", length = 1000)
    private String waiverReason;

    protected RecordedDeficiency() {
    }

    RecordedDeficiency(Deficiency d) {
        this.kind = d.kind();
        this.coverage = d.coverage();
        this.coverageName = d.coverageName();
        this.limitKind = d.limitKind();
        this.required = d.required();
        this.found = d.found();
        this.message = d.message();
        this.waived = d.waived();
        this.waiverReason = d.waiverReason();
    }

    Deficiency toDeficiency() {
        return new Deficiency(kind, coverage, coverageName, limitKind, required, found, message, waived, waiverReason);
    }
}
