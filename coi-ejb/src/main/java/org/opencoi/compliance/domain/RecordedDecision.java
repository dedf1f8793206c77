package org.opencoi.compliance.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.opencoi.shared.domain.ComplianceStatus;

/**
 * A compliance decision as it was made and kept: status, deficiencies, the profile version applied and
 * the ids of the certificates, policies and waivers it rests on, so that it can be made again from them.
 * Recorded decisions are never changed; a new decision is a new record.
 */
@Entity
@Table(name = "compliance_decision")
public class RecordedDecision {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "compliance_decision_seq")
    @SequenceGenerator(name = "compliance_decision_seq", sequenceName = "compliance_decision_seq", allocationSize = 50)
    private Long id;

    @Column(name = "vendor_id", nullable = false, updatable = false)
    private long vendorId;

    @Column(name = "profile_id", updatable = false)
    private Long profileId;

    @Column(name = "profile_version", nullable = false, updatable = false)
    private int profileVersion;

    @Column(name = "as_of", nullable = false, updatable = false)
    private LocalDate asOf;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 20)
    private ComplianceStatus status;

    @Column(name = "decided_at", nullable = false, updatable = false)
    private Instant decidedAt;

    @Column(name = "decided_by", nullable = false, updatable = false, length = 120)
    private String decidedBy;

    // Unbounded: a long-standing vendor's decision rests on many certificates and policies.
    @Column(name = "certificate_ids", nullable = false, updatable = false, length = 1_000_000)
    private String certificateIds;

    @Column(name = "policy_ids", nullable = false, updatable = false, length = 1_000_000)
    private String policyIds;

    @Column(name = "waiver_ids", nullable = false, updatable = false, length = 1_000_000)
    private String waiverIds;

    @ElementCollection
    @CollectionTable(name = "compliance_deficiency", joinColumns = @JoinColumn(name = "decision_id"))
    @OrderColumn(name = "position")
    private List<RecordedDeficiency> deficiencies = new ArrayList<>();

    protected RecordedDecision() {
    }

    public RecordedDecision(long vendorId, ComplianceDecision decision, String decidedBy, Instant decidedAt) {
        this.vendorId = vendorId;
        this.profileId = decision.profileId();
        this.profileVersion = decision.profileVersion();
        this.asOf = decision.asOf();
        this.status = decision.status();
        this.decidedBy = Objects.requireNonNull(decidedBy, "decidedBy");
        this.decidedAt = Objects.requireNonNull(decidedAt, "decidedAt");
        this.certificateIds = join(decision.certificateIds());
        this.policyIds = join(decision.policyIds());
        this.waiverIds = join(decision.waiverIds());
        decision.deficiencies().forEach(d -> deficiencies.add(new RecordedDeficiency(d)));
    }

    /** The decision as the engine made it. */
    public ComplianceDecision toDecision() {
        return new ComplianceDecision(vendorId, status, asOf, profileId, profileVersion,
                deficiencies.stream().map(RecordedDeficiency::toDeficiency).toList(),
                split(certificateIds), split(policyIds), split(waiverIds));
    }

    private static String join(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private static List<Long> split(String ids) {
        return ids.isEmpty() ? List.of() : Arrays.stream(ids.split(",")).map(Long::valueOf).toList();
    }

    public Long getId() {
        return id;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }
}
