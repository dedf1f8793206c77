package org.opencoi.sync.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.opencoi.shared.domain.ComplianceStatus;
import org.opencoi.shared.domain.ErpKey;
import org.opencoi.shared.domain.RetryBackoff;

/**
 * A vendor's status change waiting to be told to its ERP (the outbox). Written in the transaction that
 * changed the status, so that no change is told that did not happen and none that happened is lost.
 * A failed delivery is tried again later, each wait twice the one before, by default from {@link #FIRST_RETRY} up to
 * {@link #LONGEST_WAIT}, until the ERP takes it.
 */
@Entity
@Table(name = "status_change")
public class StatusChange {

    public static final Duration FIRST_RETRY = Duration.ofSeconds(10);
    public static final Duration LONGEST_WAIT = Duration.ofHours(1);
    public static final RetryBackoff DEFAULT_BACKOFF = new RetryBackoff(FIRST_RETRY, LONGEST_WAIT);

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "status_change_seq")
    @SequenceGenerator(name = "status_change_seq", sequenceName = "status_change_seq", allocationSize = 50)
    private Long id;

    @Column(name = "vendor_id", nullable = false)
    private long vendorId;

    @Embedded
    private ErpKey erpKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ComplianceStatus status;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    @Column(name = "last_error", length = 1000)
    private String lastError;

    protected StatusChange() {
    }

    public StatusChange(long vendorId, ErpKey erpKey, ComplianceStatus status, Instant changedAt) {
        this.vendorId = vendorId;
        this.erpKey = Objects.requireNonNull(erpKey, "erpKey");
        this.status = Objects.requireNonNull(status, "status");
        this.changedAt = Objects.requireNonNull(changedAt, "changedAt");
        this.nextAttemptAt = changedAt;
    }

    /** The ERP took the change: it is never sent again. */
    public void delivered(Instant at) {
        deliveredAt = Objects.requireNonNull(at, "at");
        lastError = null;
    }

    /** The ERP did not take it: try again after a wait that doubles with every failed attempt. */
    public void failed(Instant at, String error, RetryBackoff backoff) {
        attempts++;
        lastError = RetryBackoff.fit(error, 1000);
        nextAttemptAt = backoff.nextAttempt(at, attempts);
    }

    public Long getId() {
        return id;
    }

    public long getVendorId() {
        return vendorId;
    }

    public ErpKey getErpKey() {
        return erpKey;
    }

    public ComplianceStatus getStatus() {
        return status;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant getDeliveredAt() {
        return deliveredAt;
    }

    public String getLastError() {
        return lastError;
    }
}
