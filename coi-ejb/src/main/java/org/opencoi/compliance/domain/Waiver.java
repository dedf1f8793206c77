package org.opencoi.compliance.domain;

import java.time.LocalDate;
import java.util.Objects;
import org.opencoi.shared.domain.LimitKind;

/**
 * A waiver (the screens and the REST API say "exception"; see the README's glossary): an admin accepts
 * one deficiency of one vendor, with a reason, from the day it is granted up to and including a date, after
 * which it lapses by itself. It names the deficiency by kind, coverage line and, for limits, the limit kind;
 * the amounts may change while it holds (a waived limit shortfall stays waived if the stated limit changes).
 *
 * @param id the stored waiver's id; null for one not stored
 */
public record Waiver(
        Long id,
        DeficiencyKind kind,
        CoverageLine line,
        LimitKind limitKind,
        LocalDate grantedOn,
        LocalDate until,
        String reason) {

    public Waiver {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(grantedOn, "grantedOn");
        Objects.requireNonNull(until, "until");
        if (until.isBefore(grantedOn)) {
            throw new IllegalArgumentException("a waiver cannot end before it is granted");
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a waiver needs a reason");
        }
    }

    /** Whether the waiver holds on the given day: granted on or before it, lapsing after it. */
    public boolean holdsOn(LocalDate day) {
        return !day.isBefore(grantedOn) && !day.isAfter(until);
    }

    /** Whether this waiver accepts the given deficiency. */
    public boolean accepts(Deficiency deficiency) {
        return kind == deficiency.kind()
                && limitKind == deficiency.limitKind()
                && line.coverage() == deficiency.coverage()
                && sameName(line.otherName(), deficiency.coverageName());
    }

    private static boolean sameName(String name, String other) {
        return name == null ? other == null : name.equalsIgnoreCase(other);
    }
}
