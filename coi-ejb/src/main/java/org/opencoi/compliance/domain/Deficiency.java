package org.opencoi.compliance.domain;

import java.math.BigDecimal;
import java.util.Objects;
import org.opencoi.shared.domain.CoverageType;
import org.opencoi.shared.domain.LimitKind;

/**
 * One thing wrong with a vendor's insurance, on one coverage line of its profile. A waived deficiency
 * is still shown, with the reason an admin gave, but does not make the vendor non-compliant.
 *
 * @param coverage the line of the profile the deficiency is on
 * @param coverageName the line's name for OTHER lines; null otherwise
 * @param limitKind for limits, which one; null otherwise
 * @param required for limits and deductibles, the profile's amount; null otherwise
 * @param found for limits and deductibles, the certificate's amount; null when not stated
 * @param message a sentence an admin understands
 * @param waiverReason why an admin accepted it; null unless waived
 */
public record Deficiency(
        DeficiencyKind kind,
        CoverageType coverage,
        String coverageName,
        LimitKind limitKind,
        BigDecimal required,
        BigDecimal found,
        String message,
        boolean waived,
        String waiverReason) {

    public Deficiency {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(coverage, "coverage");
        Objects.requireNonNull(message, "message");
        if (waived != (waiverReason != null)) {
            throw new IllegalArgumentException("a waived deficiency, and only one, carries the waiver's reason");
        }
    }

    static Deficiency of(DeficiencyKind kind, CoverageLine line, LimitKind limitKind,
            BigDecimal required, BigDecimal found, String message) {
        return new Deficiency(kind, line.coverage(), line.otherName(), limitKind, required, found, message,
                false, null);
    }

    static Deficiency of(DeficiencyKind kind, CoverageLine line, String message) {
        return of(kind, line, null, null, null, message);
    }

    /** This deficiency, accepted by the given waiver. */
    Deficiency waivedBy(Waiver waiver) {
        return new Deficiency(kind, coverage, coverageName, limitKind, required, found, message, true,
                waiver.reason());
    }
}
