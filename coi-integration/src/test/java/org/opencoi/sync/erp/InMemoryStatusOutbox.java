package org.opencoi.sync.erp;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.opencoi.shared.domain.ComplianceStatus;
import org.opencoi.sync.application.PendingStatus;

/**
 * An outbox in memory: a change stays due until delivered (the real one waits between attempts), and
 * each failure is kept, for the publishing route tested without a database.
 */
public class InMemoryStatusOutbox implements StatusOutbox {

    public final List<PendingStatus> pending = new ArrayList<>();
    public final List<Long> delivered = new ArrayList<>();
    public final List<String> failures = new ArrayList<>();
    private final CountDownLatch firstDelivery = new CountDownLatch(1);
    private final CountDownLatch firstFailure = new CountDownLatch(1);

    /** Whether a change was delivered within the time given; returns as soon as one is. */
    public boolean awaitDelivery(Duration within) throws InterruptedException {
        return firstDelivery.await(within.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Whether a delivery failed within the time given; returns as soon as one does. */
    public boolean awaitFailure(Duration within) throws InterruptedException {
        return firstFailure.await(within.toMillis(), TimeUnit.MILLISECONDS);
    }

    public synchronized PendingStatus add(String url, String externalId, ComplianceStatus status) {
        PendingStatus change = new PendingStatus(pending.size() + 1L, url, "SAP-EU", externalId, 40L + pending.size(),
                status, Instant.parse("2026-11-29T10:00:00Z"), 0);
        pending.add(change);
        return change;
    }

    @Override
    public synchronized List<PendingStatus> due(int limit) {
        return pending.stream().filter(p -> !delivered.contains(p.id())).limit(limit).toList();
    }

    @Override
    public synchronized void delivered(long id) {
        delivered.add(id);
        firstDelivery.countDown();
    }

    @Override
    public synchronized void failed(long id, String error) {
        failures.add(id + ": " + error);
        firstFailure.countDown();
    }
}
