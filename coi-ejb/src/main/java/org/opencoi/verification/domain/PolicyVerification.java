package org.opencoi.verification.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.opencoi.certificate.domain.Policy;
import org.opencoi.shared.domain.NaicCode;
import org.opencoi.shared.domain.NaicCodeConverter;
import org.opencoi.shared.domain.RetryBackoff;

/**
 * The latest verification of one policy with its carrier, with the carrier's answer, and the queue
 * entry of the next attempt: a policy is due when {@code nextAttemptAt} has come. A carrier that does not
 * answer is asked again after a wait that doubles with each failed attempt, by default from {@link #FIRST_RETRY} up
 * to {@link #LONGEST_WAIT}; meanwhile the policy is UNAVAILABLE, never failed.
 */
@Entity
@Table(name = "policy_verification")
public class PolicyVerification {

    public static final Duration FIRST_RETRY = Duration.ofSeconds(5);
    public static final Duration LONGEST_WAIT = Duration.ofHours(1);
    public static final RetryBackoff DEFAULT_BACKOFF = new RetryBackoff(FIRST_RETRY, LONGEST_WAIT);
    /** How long a verification handed out to the route is left alone before it is due again. */
    public static final Duration LEASE = Duration.ofMinutes(2);

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "policy_verification_seq")
    @SequenceGenerator(name = "policy_verification_seq", sequenceName = "policy_verification_seq", allocationSize = 50)
    private Long id;

    @Column(name = "policy_id", nullable = false, unique = true)
    private long policyId;

    @Column(name = "certificate_id", nullable = false)
    private long certificateId;

    @Column(name = "vendor_id", nullable = false)
    private long vendorId;

    @Column(name = "naic_code", length = 5)
    @Convert(converter = NaicCodeConverter.class)
    private NaicCode naicCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private VerificationOutcome outcome;

    @Enumerated(EnumType.STRING)
    @Column(name = "carrier_status", length = 12)
    private CarrierStatus carrierStatus;

    @Column(name = "reason_code", length = 40)
    private String reasonCode;

    @Column(length = 2000)
    private String discrepancy;

    @Column(name = "answered_effective_date")
    private LocalDate answeredEffectiveDate;

    @Column(name = "answered_expiration_date")
    private LocalDate answeredExpirationDate;

    @Column(name = "answered_cancellation")
    private LocalDate answeredCancellation;

    @Column(name = "answered_additional_insured")
    private Boolean answeredAdditionalInsured;

    @Column(name = "answered_waiver")
    private Boolean answeredWaiver;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "policy_verification_limit", joinColumns = @JoinColumn(name = "verification_id"))
    @MapKeyColumn(name = "coverage_code", length = 40)
    @Column(name = "amount", nullable = false, precision = 15, scale = 2)
    private Map<String, BigDecimal> answeredLimits = new HashMap<>();

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "last_error", length = 1000)
    private String lastError;

    protected PolicyVerification() {
    }

    /** A verification of the policy, due now; NOT_VERIFIABLE at once when the policy names no number or NAIC code. */
    public PolicyVerification(Policy policy, Instant now) {
        this.policyId = Objects.requireNonNull(policy.getId(), "policy id");
        this.certificateId = policy.getCertificate().getId();
        this.vendorId = policy.getCertificate().getVendor().getId();
        this.naicCode = policy.getInsurerNaic();
        this.requestedAt = now;
        if (policy.getPolicyNumber() == null || naicCode == null) {
            this.outcome = VerificationOutcome.NOT_VERIFIABLE;
        } else {
            requeue(now);
        }
    }

    /** Asks the carrier again, now. */
    public void requeue(Instant now) {
        outcome = outcome == null || outcome == VerificationOutcome.NOT_VERIFIABLE ? VerificationOutcome.PENDING : outcome;
        nextAttemptAt = now;
        attempts = 0;
    }

    /** Handed to the route: not due again until the lease runs out, in case the answer is never recorded. */
    public void lease(Instant now) {
        nextAttemptAt = now.plus(LEASE);
    }

    /** The carrier has no service: nothing to ask until one is configured. */
    public void notVerifiable() {
        outcome = VerificationOutcome.NOT_VERIFIABLE;
        nextAttemptAt = null;
    }

    /** Keeps the carrier's answer and what it means for the policy; nothing more is due. */
    public void answered(CarrierAnswer answer, Verdict verdict) {
        outcome = verdict.outcome();
        discrepancy = verdict.discrepancy();
        carrierStatus = answer.status();
        reasonCode = answer.reasonCode();
        answeredEffectiveDate = answer.effectiveDate();
        answeredExpirationDate = answer.expirationDate();
        answeredCancellation = answer.cancellationDate();
        answeredAdditionalInsured = answer.additionalInsured();
        answeredWaiver = answer.waiverOfSubrogation();
        answeredLimits.clear();
        answeredLimits.putAll(answer.limits());
        answeredAt = answer.answeredAt();
        attempts++;
        nextAttemptAt = null;
        lastError = null;
    }

    /**
     * The carrier did not answer: UNAVAILABLE until it does, asked again after a doubling wait. A policy the
     * carrier answered about before keeps that answer and its outcome.
     */
    public void unavailable(Instant now, String error, RetryBackoff backoff) {
        attempts++;
        if (answeredAt == null) {
            outcome = VerificationOutcome.UNAVAILABLE;
        }
        lastError = error == null || error.length() <= 1000 ? error : error.substring(0, 1000);
        nextAttemptAt = backoff.nextAttempt(now, attempts);
    }

    public Long getId() {
        return id;
    }

    public long getPolicyId() {
        return policyId;
    }

    public long getCertificateId() {
        return certificateId;
    }

    public long getVendorId() {
        return vendorId;
    }

    public NaicCode getNaicCode() {
        return naicCode;
    }

    public VerificationOutcome getOutcome() {
        return outcome;
    }

    public CarrierStatus getCarrierStatus() {
        return carrierStatus;
    }

    public String getReasonCode() {
        return reasonCode;
    }

    public String getDiscrepancy() {
        return discrepancy;
    }

    public LocalDate getAnsweredEffectiveDate() {
        return answeredEffectiveDate;
    }

    public LocalDate getAnsweredExpirationDate() {
        return answeredExpirationDate;
    }

    public LocalDate getAnsweredCancellation() {
        return answeredCancellation;
    }

    public Boolean getAnsweredAdditionalInsured() {
        return answeredAdditionalInsured;
    }

    public Boolean getAnsweredWaiver() {
        return answeredWaiver;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public Map<String, BigDecimal> getAnsweredLimits() {
        return answeredLimits;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getLastError() {
        return lastError;
    }
}
