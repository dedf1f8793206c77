package org.opencoi.requirement.domain;

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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.opencoi.shared.domain.AcceptedAutoSymbols;
import org.opencoi.shared.domain.AcceptedAutoSymbolsConverter;
import org.opencoi.shared.domain.CoverageType;
import org.opencoi.shared.domain.LimitKind;
import org.opencoi.shared.domain.Limits;
import org.opencoi.shared.domain.SingleLineText;

/** What one requirement profile asks of one coverage line. */
@Entity
@Table(name = "coverage_requirement")
public class CoverageRequirement {

    public static final int OTHER_NAME_LENGTH = 80;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "coverage_requirement_seq")
    @SequenceGenerator(name = "coverage_requirement_seq", sequenceName = "coverage_requirement_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "profile_id", nullable = false)
    private RequirementProfile profile;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private CoverageType coverage;

    /** For OTHER lines, which one (professional, cyber, property, ...). */
    @Column(name = "other_name", length = OTHER_NAME_LENGTH)
    private String otherName;

    @Column(nullable = false)
    private boolean required = true;

    @Column(name = "occurrence_accepted", nullable = false)
    private boolean occurrenceAccepted = true;

    @Column(name = "claims_made_accepted", nullable = false)
    private boolean claimsMadeAccepted = true;

    @Column(name = "additional_insured_required", nullable = false)
    private boolean additionalInsuredRequired;

    @Column(name = "waiver_of_subrogation_required", nullable = false)
    private boolean waiverOfSubrogationRequired;

    @Column(name = "primary_non_contributory_required", nullable = false)
    private boolean primaryNonContributoryRequired;

    /** Kept in the notation "ANY|HIRED+NON_OWNED"; no text accepts any combination. */
    @Convert(converter = AcceptedAutoSymbolsConverter.class)
    @Column(name = "accepted_auto_symbols", length = 120)
    private AcceptedAutoSymbols acceptedAutoSymbols = AcceptedAutoSymbols.ANY_COMBINATION;

    @Column(name = "wc_statutory_required", nullable = false)
    private boolean wcStatutoryRequired;

    @Column(name = "maximum_deductible", precision = 15, scale = 2)
    private BigDecimal maximumDeductible;

    @ElementCollection
    @CollectionTable(name = "coverage_requirement_limit", joinColumns = @JoinColumn(name = "requirement_id"))
    @MapKeyEnumerated(EnumType.STRING)
    @MapKeyColumn(name = "limit_kind", length = 40)
    @Column(name = "minimum_amount", nullable = false, precision = 15, scale = 2)
    private Map<LimitKind, BigDecimal> minimumLimits = new HashMap<>();

    protected CoverageRequirement() {
    }

    public CoverageRequirement(CoverageType coverage, String otherName) {
        this.coverage = Objects.requireNonNull(coverage, "coverage");
        if (coverage == CoverageType.OTHER && (otherName == null || otherName.isBlank())) {
            throw new IllegalArgumentException("an OTHER coverage line needs a name");
        }
        this.otherName = SingleLineText.require("coverageName", otherName, OTHER_NAME_LENGTH);
    }

    void attachTo(RequirementProfile owner) {
        this.profile = owner;
    }

    /**
     * Sets the minimum for one limit kind; amounts are never negative. The limit kind must be one the
     * line states on an ACORD 25: employers' liability limits sit on the workers' compensation line,
     * umbrella limits on the umbrella or excess line, and an OTHER line (professional, cyber, ...) states
     * a per-claim or per-occurrence limit (EACH_OCCURRENCE) and an aggregate (GENERAL_AGGREGATE).
     */
    public CoverageRequirement minimum(LimitKind kind, BigDecimal amount) {
        Objects.requireNonNull(kind, "kind");
        if (amount == null || amount.signum() < 0) {
            throw new IllegalArgumentException("minimum for " + kind + " must be zero or more");
        }
        if (!statesLimit(kind)) {
            throw new IllegalArgumentException(coverage + " coverage has no " + kind + " limit");
        }
        minimumLimits.put(kind, amount);
        return this;
    }

    private boolean statesLimit(LimitKind kind) {
        return switch (coverage) {
            case WC, EL -> kind.line() == CoverageType.EL;
            case UMBRELLA, EXCESS -> kind.line() == CoverageType.UMBRELLA;
            case GL, AUTO -> kind.line() == coverage;
            case OTHER -> kind == LimitKind.EACH_OCCURRENCE || kind == LimitKind.GENERAL_AGGREGATE;
        };
    }

    /** Whether this and the other requirement are for the same line (OTHER lines by name, ignoring case). */
    boolean sameLineAs(CoverageRequirement other) {
        return coverage == other.coverage
                && (otherName == null ? other.otherName == null : otherName.equalsIgnoreCase(other.otherName));
    }

    public CoverageRequirement optional() {
        this.required = false;
        return this;
    }

    public CoverageRequirement acceptForms(boolean occurrence, boolean claimsMade) {
        this.occurrenceAccepted = occurrence;
        this.claimsMadeAccepted = claimsMade;
        return this;
    }

    public CoverageRequirement endorsements(boolean additionalInsured, boolean waiverOfSubrogation,
            boolean primaryNonContributory) {
        this.additionalInsuredRequired = additionalInsured;
        this.waiverOfSubrogationRequired = waiverOfSubrogation;
        this.primaryNonContributoryRequired = primaryNonContributory;
        return this;
    }

    public CoverageRequirement acceptedAutoSymbols(AcceptedAutoSymbols alternatives) {
        this.acceptedAutoSymbols = Objects.requireNonNull(alternatives, "alternatives");
        return this;
    }

    public CoverageRequirement wcStatutory(boolean requiredStatutory) {
        this.wcStatutoryRequired = requiredStatutory;
        return this;
    }

    public CoverageRequirement maximumDeductible(BigDecimal amount) {
        this.maximumDeductible = amount;
        return this;
    }

    public Long getId() {
        return id;
    }

    public CoverageType getCoverage() {
        return coverage;
    }

    public String getOtherName() {
        return otherName;
    }

    public boolean isRequired() {
        return required;
    }

    public boolean isOccurrenceAccepted() {
        return occurrenceAccepted;
    }

    public boolean isClaimsMadeAccepted() {
        return claimsMadeAccepted;
    }

    public boolean isAdditionalInsuredRequired() {
        return additionalInsuredRequired;
    }

    public boolean isWaiverOfSubrogationRequired() {
        return waiverOfSubrogationRequired;
    }

    public boolean isPrimaryNonContributoryRequired() {
        return primaryNonContributoryRequired;
    }

    public AcceptedAutoSymbols getAcceptedAutoSymbols() {
        // A column without text may be read as no value at all rather than through the converter.
        return acceptedAutoSymbols == null ? AcceptedAutoSymbols.ANY_COMBINATION : acceptedAutoSymbols;
    }

    public boolean isWcStatutoryRequired() {
        return wcStatutoryRequired;
    }

    public BigDecimal getMaximumDeductible() {
        return maximumDeductible;
    }

    public Limits getMinimumLimits() {
        return Limits.fromAmounts(minimumLimits);
    }
}
