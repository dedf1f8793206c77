package org.opencoi.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The end of the audit chain: the position and hash of the newest event. Appending an event locks this
 * one row, so events join the chain one at a time, in commit order, on every node of a cluster.
 */
@Entity
@Table(name = "audit_chain_head")
public class AuditChainHead {

    public static final int ID = 1;

    @Id
    private int id;

    @Column(name = "last_position", nullable = false)
    private long lastPosition;

    @Column(name = "last_hash", nullable = false, length = 64)
    private String lastHash = AuditChain.GENESIS;

    protected AuditChainHead() {
    }

    /** Links the event to the chain's end and makes it the new end. */
    public void append(AuditEvent event) {
        event.link(lastPosition + 1, lastHash);
        lastPosition = event.getChainPosition();
        lastHash = event.getEventHash();
    }

    public long getLastPosition() {
        return lastPosition;
    }

    public String getLastHash() {
        return lastHash;
    }
}
