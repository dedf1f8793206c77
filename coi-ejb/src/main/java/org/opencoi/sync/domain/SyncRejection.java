package org.opencoi.sync.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A record an ERP sent that the sync refused, kept as received (JSON) with the reason, so that nothing
 * the ERP sent is silently lost: an admin sees it and can replay it once the cause is fixed.
 */
@Entity
@Table(name = "sync_rejection")
public class SyncRejection {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sync_rejection_seq")
    @SequenceGenerator(name = "sync_rejection_seq", sequenceName = "sync_rejection_seq", allocationSize = 50)
    private Long id;

    @Column(name = "source_system", nullable = false, length = 40)
    private String sourceSystem;

    @Column(name = "external_id", length = 200)
    private String externalId;

    @Column(nullable = false, length = 1000)
    private String reason;

    @Column(nullable = false, length = 8000)
    private String payload;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "received_by", nullable = false, length = 120)
    private String receivedBy;

    protected SyncRejection() {
    }

    public SyncRejection(String sourceSystem, String externalId, String reason, String payload, Instant receivedAt,
            String receivedBy) {
        this.sourceSystem = Objects.requireNonNull(sourceSystem, "sourceSystem");
        this.externalId = externalId;
        this.reason = Objects.requireNonNull(reason, "reason");
        this.payload = Objects.requireNonNull(payload, "payload");
        this.receivedAt = Objects.requireNonNull(receivedAt, "receivedAt");
        this.receivedBy = Objects.requireNonNull(receivedBy, "receivedBy");
    }

    public Long getId() {
        return id;
    }

    public String getSourceSystem() {
        return sourceSystem;
    }

    public String getExternalId() {
        return externalId;
    }

    public String getReason() {
        return reason;
    }

    public String getPayload() {
        return payload;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public String getReceivedBy() {
        return receivedBy;
    }
}
