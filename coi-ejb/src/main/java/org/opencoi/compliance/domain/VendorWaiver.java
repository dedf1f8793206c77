package org.opencoi.compliance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.opencoi.shared.domain.CoverageType;
import org.opencoi.shared.domain.LimitKind;

/**
 * A waiver as granted and kept: who accepted which deficiency of which vendor, until when and why.
 * Its terms are never edited; it lapses by its date (see {@link Waiver}), which the nightly run marks.
 */
@Entity
@Table(name = "vendor_waiver")
public class VendorWaiver {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "vendor_waiver_seq")
    @SequenceGenerator(name = "vendor_waiver_seq", sequenceName = "vendor_waiver_seq", allocationSize = 50)
    private Long id;

    @Column(name = "vendor_id", nullable = false, updatable = false)
    private long vendorId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 40)
    private DeficiencyKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 12)
    private CoverageType coverage;

    @Column(name = "coverage_name", updatable = false, length = 120)
    private String coverageName;

    @Enumerated(EnumType.STRING)
    @Column(name = "limit_kind", updatable = false, length = 40)
    private LimitKind limitKind;

    @Column(name = "granted_on", nullable = false, updatable = false)
    private LocalDate grantedOn;

    @Column(name = "valid_until", nullable = false, updatable = false)
    private LocalDate validUntil;

    @Column(nullable = false, updatable = false, length = 1000)
    private String reason;

    @Column(name = "granted_by", nullable = false, updatable = false, length = 120)
    private String grantedBy;

    @Column(name = "granted_at", nullable = false, updatable = false)
    private Instant grantedAt;

    /** The day the nightly run marked the waiver lapsed; its terms never change. */
    @Column(name = "lapsed_on")
    private LocalDate lapsedOn;

    protected VendorWaiver() {
    }

    /** Grants a waiver; the rules a waiver must keep are those of {@link Waiver}. */
    public VendorWaiver(long vendorId, Waiver waiver, String grantedBy, Instant grantedAt) {
        this.vendorId = vendorId;
        this.kind = waiver.kind();
        this.coverage = waiver.line().coverage();
        this.coverageName = waiver.line().name();
        this.limitKind = waiver.limitKind();
        this.grantedOn = waiver.grantedOn();
        this.validUntil = waiver.until();
        this.reason = waiver.reason();
        this.grantedBy = Objects.requireNonNull(grantedBy, "grantedBy");
        this.grantedAt = Objects.requireNonNull(grantedAt, "grantedAt");
    }

    /** The waiver as the compliance engine applies it. */
    public Waiver toWaiver() {
        return new Waiver(id, kind, new CoverageLine(coverage, coverageName), limitKind, grantedOn, validUntil, reason);
    }

    /**
     * Marks the waiver lapsed when its last day has passed by {@code today}; false when it still runs or was
     * marked before.
     */
    public boolean lapse(LocalDate today) {
        if (lapsedOn != null || !today.isAfter(validUntil)) {
            return false;
        }
        lapsedOn = today;
        return true;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public Long getId() {
        return id;
    }

    public long getVendorId() {
        return vendorId;
    }

    public String getGrantedBy() {
        return grantedBy;
    }

    public Instant getGrantedAt() {
        return grantedAt;
    }
}
