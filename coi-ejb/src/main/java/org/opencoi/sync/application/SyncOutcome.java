package org.opencoi.sync.application;

/**
 * What a sync did with one record. CREATED: a new vendor; UPDATED: an existing vendor changed;
 * UNCHANGED: nothing changed, because the record says what is already held or is older than what
 * is held (stale); REJECTED: the record is malformed and was kept as a dead letter.
 */
public enum SyncOutcome {
    CREATED, UPDATED, UNCHANGED, REJECTED
}
