package org.opencoi.notification.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.opencoi.notification.domain.RenewalRequest;

/**
 * A renewal request as admins see it: which milestone of which vendor's chase, what it asks for, to whom, and how
 * its sending went ({@code sentAt} once sent; {@code attempts} and {@code lastError} after failures;
 * {@code sendingSince} without {@code sentAt}: a send cut short by a crash, which may or may not have gone out).
 */
public record RenewalRequestView(
        long id,
        long vendorId,
        String vendorName,
        LocalDate anchorDate,
        int milestoneDays,
        LocalDate queuedOn,
        LocalDate linkExpiresOn,
        List<String> missing,
        List<String> recipients,
        int attempts,
        Instant nextAttemptAt,
        Instant sendingSince,
        Instant sentAt,
        String lastError) {

    public static RenewalRequestView of(RenewalRequest r, String vendorName) {
        return new RenewalRequestView(r.getId(), r.getVendorId(), vendorName, r.getAnchorDate(), r.getMilestoneDays(),
                r.getQueuedOn(), r.getLinkExpiresOn(), r.getMissing(), r.getRecipients(), r.getAttempts(),
                r.getNextAttemptAt(), r.getSendingSince(), r.getSentAt(), r.getLastError());
    }
}
