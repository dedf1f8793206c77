package org.opencoi.sync.application.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.opencoi.audit.application.AuditTrail;
import org.opencoi.audit.domain.AuditAction;
import org.opencoi.shared.application.InvalidRequestException;
import org.opencoi.shared.application.NotFoundException;
import org.opencoi.shared.application.Roles;
import org.opencoi.shared.domain.ErpKey;
import org.opencoi.sync.application.PendingStatus;
import org.opencoi.sync.application.StatusPublishingService;
import org.opencoi.sync.domain.StatusChange;
import org.opencoi.sync.domain.SyncRepository;
import org.opencoi.sync.domain.SyncWebhook;

@Stateless
@RolesAllowed({Roles.INTEGRATION, Roles.ADMIN})
public class DefaultStatusPublishingService implements StatusPublishingService {

    static final int MAX_DUE = 500;

    @Inject
    SyncRepository sync;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** Settings that replace the first and the longest wait of {@link StatusChange#DEFAULT_BACKOFF}, in seconds. */
    @Inject
    @ConfigProperty(name = "COI_STATUS_RETRY_FIRST_SECONDS")
    Optional<Long> firstRetrySeconds;

    @Inject
    @ConfigProperty(name = "COI_STATUS_RETRY_LONGEST_SECONDS")
    Optional<Long> longestWaitSeconds;

    @Override
    public List<PendingStatus> due(int limit) {
        return sync.dueStatusChanges(clock.instant(), Math.min(Math.max(limit, 1), MAX_DUE)).stream()
                .map(due -> {
                    StatusChange c = due.change();
                    return new PendingStatus(c.getId(), due.url(), c.getErpKey().sourceSystem(), c.getErpKey().externalId(),
                            c.getVendorId(), c.getStatus(), c.getChangedAt(), c.getAttempts());
                })
                .toList();
    }

    @Override
    public void delivered(long id) {
        change(id).delivered(clock.instant());
    }

    @Override
    public void failed(long id, String error) {
        change(id).failed(clock.instant(), error,
                StatusChange.DEFAULT_BACKOFF.withSeconds(firstRetrySeconds, longestWaitSeconds));
    }

    @Override
    @RolesAllowed(Roles.ADMIN)
    public void setWebhook(String sourceSystem, String url) {
        if (sourceSystem == null || sourceSystem.isBlank() || sourceSystem.strip().length() > ErpKey.SOURCE_SYSTEM_LENGTH) {
            throw new InvalidRequestException("sourceSystem must be 1 to " + ErpKey.SOURCE_SYSTEM_LENGTH + " characters");
        }
        String source = sourceSystem.strip();
        try {
            var held = sync.webhook(source);
            if (held.isPresent()) {
                held.get().point(url);
            } else {
                sync.add(new SyncWebhook(source, url));
            }
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(e.getMessage());
        }
        audit.record(AuditAction.SET_WEBHOOK, "SyncWebhook", source, null, url);
    }

    private StatusChange change(long id) {
        return sync.statusChange(id).orElseThrow(() -> new NotFoundException("status change " + id + " does not exist"));
    }
}
