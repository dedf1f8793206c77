package org.opencoi.shared.domain;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * When a vendor is asked for a renewed certificate: milestones in days before an anchor day (positive) or
 * after it (negative); by default 60, 30, 14 and 0 days before, then 7 and 14 days after.
 * <p>
 * The anchor is the day the vendor's cover runs out: the earliest expiration of the policies its decision rests
 * on. A non-compliant vendor whose problem is not (only) an expiry is chased from the day it became
 * non-compliant, or the day it had no certificate at all, whichever comes first. A vendor whose certificate awaits
 * review is not chased. On a given day only the latest milestone that has come is due: milestones missed while the
 * vendor was not chased are not sent late, one after another.
 */
public final class RenewalCadence {

    public static final RenewalCadence DEFAULT = parse("60,30,14,0,-7,-14");

    private final List<Integer> milestones;

    private RenewalCadence(List<Integer> milestones) {
        this.milestones = milestones;
    }

    /**
     * A cadence written as comma-separated day counts, e.g. {@code 60,30,14,0,-7,-14}; each between -365 and 365,
     * no day twice.
     */
    public static RenewalCadence parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a renewal cadence needs at least one milestone");
        }
        List<Integer> days;
        try {
            days = Arrays.stream(text.split(",")).map(String::strip).map(Integer::valueOf)
                    .sorted(Comparator.reverseOrder()).toList();
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("a renewal cadence is whole day counts separated by commas, not " + text);
        }
        if (days.stream().anyMatch(d -> d < -365 || d > 365)) {
            throw new IllegalArgumentException("renewal milestones lie within 365 days of the expiration: " + text);
        }
        if (days.stream().distinct().count() != days.size()) {
            throw new IllegalArgumentException("a renewal cadence names each milestone once: " + text);
        }
        return new RenewalCadence(days);
    }

    /** The day the vendor's chase counts from, if it is to be chased at all; see the class comment. */
    public static Optional<LocalDate> anchor(ComplianceStatus status, LocalDate earliestExpiration, LocalDate statusSince) {
        return switch (status) {
            case COMPLIANT, EXPIRING -> Optional.ofNullable(earliestExpiration);
            case NON_COMPLIANT, NO_CERTIFICATE -> Optional.of(earliestExpiration == null || statusSince.isBefore(earliestExpiration)
                    ? statusSince : earliestExpiration);
            case PENDING_REVIEW -> Optional.empty();
        };
    }

    /** The milestone due on the given day for a chase anchored on {@code anchor}: the latest one that has come. */
    public Optional<Integer> due(LocalDate anchor, LocalDate today) {
        return milestones.stream().filter(days -> !anchor.minusDays(days).isAfter(today))
                .min(Comparator.naturalOrder());
    }

    public List<Integer> milestones() {
        return milestones;
    }

    /** Cadences with the same milestones are the same cadence, however they were written. */
    @Override
    public boolean equals(Object other) {
        return other instanceof RenewalCadence cadence && milestones.equals(cadence.milestones);
    }

    @Override
    public int hashCode() {
        return milestones.hashCode();
    }

    @Override
    public String toString() {
        return String.join(",", milestones.stream().map(String::valueOf).toList());
    }
}
