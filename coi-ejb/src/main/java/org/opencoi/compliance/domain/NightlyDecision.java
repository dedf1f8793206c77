package org.opencoi.compliance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import org.opencoi.shared.domain.ComplianceStatus;

/**
 * The nightly run's decision of one vendor on one day, with the status before and after it: a status transition when
 * the two differ. Keyed by vendor and day, so that a run repeated or restarted on the same day never decides a vendor
 * twice.
 */
@Entity
@Table(name = "nightly_decision")
public class NightlyDecision {

    @EmbeddedId
    private Key key;

    @Column(name = "decision_id", nullable = false, updatable = false)
    private long decisionId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status_before", nullable = false, updatable = false, length = 20)
    private ComplianceStatus statusBefore;

    @Enumerated(EnumType.STRING)
    @Column(name = "status_after", nullable = false, updatable = false, length = 20)
    private ComplianceStatus statusAfter;

    protected NightlyDecision() {
    }

    public NightlyDecision(long vendorId, LocalDate runDay, long decisionId, ComplianceStatus before, ComplianceStatus after) {
        this.key = new Key(vendorId, runDay);
        this.decisionId = decisionId;
        this.statusBefore = Objects.requireNonNull(before, "before");
        this.statusAfter = Objects.requireNonNull(after, "after");
    }

    public long getVendorId() {
        return key.vendorId;
    }

    public LocalDate getRunDay() {
        return key.runDay;
    }

    public long getDecisionId() {
        return decisionId;
    }

    public ComplianceStatus getStatusBefore() {
        return statusBefore;
    }

    public ComplianceStatus getStatusAfter() {
        return statusAfter;
    }

    @Embeddable
    public static class Key implements Serializable {

        @Column(name = "vendor_id", nullable = false, updatable = false)
        private long vendorId;

        @Column(name = "run_day", nullable = false, updatable = false)
        private LocalDate runDay;

        protected Key() {
        }

        Key(long vendorId, LocalDate runDay) {
            this.vendorId = vendorId;
            this.runDay = Objects.requireNonNull(runDay, "runDay");
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.vendorId == vendorId && k.runDay.equals(runDay);
        }

        @Override
        public int hashCode() {
            return Objects.hash(vendorId, runDay);
        }
    }
}
