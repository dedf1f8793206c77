package org.opencoi.notification.domain;

import java.time.LocalDate;

/**
 * One milestone of one vendor's renewal chase: the days before (positive) or after (negative) the chase's anchor day.
 * A milestone is queued at most once.
 */
public record RenewalMilestone(long vendorId, LocalDate anchorDate, int milestoneDays) {
}
