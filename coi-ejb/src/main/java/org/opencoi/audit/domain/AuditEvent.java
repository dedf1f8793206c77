package org.opencoi.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * Who did what to which record, when and from where, with the values before and after.
 * Audit events are only ever appended: the class offers no way to change one once written, and each is
 * linked into a hash chain (see {@link AuditChain}) that shows whether anything was changed behind its back.
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_event_seq")
    @SequenceGenerator(name = "audit_event_seq", sequenceName = "audit_event_seq", allocationSize = 50)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, updatable = false, length = 120)
    private String actor;

    /** The {@link AuditAction}'s name; kept as the word written, so that any event ever written can be read back. */
    @Column(nullable = false, updatable = false, length = 60)
    private String action;

    @Column(name = "record_type", nullable = false, updatable = false, length = 60)
    private String recordType;

    @Column(name = "record_id", updatable = false, length = 60)
    private String recordId;

    @Column(name = "before_value", updatable = false, length = 8000)
    private String beforeValue;

    @Column(name = "after_value", updatable = false, length = 8000)
    private String afterValue;

    @Column(name = "source_address", updatable = false, length = 100)
    private String sourceAddress;

    @Column(name = "chain_position", nullable = false, updatable = false)
    private long chainPosition;

    @Column(name = "previous_hash", nullable = false, updatable = false, length = 64)
    private String previousHash;

    @Column(name = "event_hash", nullable = false, updatable = false, length = 64)
    private String eventHash;

    protected AuditEvent() {
    }

    public AuditEvent(Instant occurredAt, String actor, AuditAction action, String recordType, String recordId,
            String beforeValue, String afterValue, String sourceAddress) {
        // The database keeps microseconds; hashing what it keeps lets the chain be checked later.
        this.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt").truncatedTo(ChronoUnit.MICROS);
        this.actor = Objects.requireNonNull(actor, "actor");
        this.action = Objects.requireNonNull(action, "action").name();
        this.recordType = Objects.requireNonNull(recordType, "recordType");
        this.recordId = recordId;
        this.beforeValue = beforeValue;
        this.afterValue = afterValue;
        this.sourceAddress = sourceAddress;
    }

    void link(long position, String previous) {
        this.chainPosition = position;
        this.previousHash = previous;
        this.eventHash = contentHash();
    }

    /** The hash of this event's content as it is now, linked to the previous hash it records. */
    public String contentHash() {
        return AuditChain.hash(previousHash, chainPosition, occurredAt, actor, action, recordType, recordId,
                beforeValue, afterValue, sourceAddress);
    }

    public long getChainPosition() {
        return chainPosition;
    }

    public String getPreviousHash() {
        return previousHash;
    }

    public String getEventHash() {
        return eventHash;
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getRecordType() {
        return recordType;
    }

    public String getRecordId() {
        return recordId;
    }

    public String getBeforeValue() {
        return beforeValue;
    }

    public String getAfterValue() {
        return afterValue;
    }

    public String getSourceAddress() {
        return sourceAddress;
    }
}
