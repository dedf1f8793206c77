package org.opencoi.certificate.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
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
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.opencoi.shared.domain.AutoSymbol;
import org.opencoi.shared.domain.CoverageType;
import org.opencoi.shared.domain.Endorsements;
import org.opencoi.shared.domain.LimitKind;
import org.opencoi.shared.domain.Limits;
import org.opencoi.shared.domain.NaicCode;
import org.opencoi.shared.domain.NaicCodeConverter;
import org.opencoi.shared.domain.PolicyForm;
import org.opencoi.shared.domain.PolicyNumber;
import org.opencoi.shared.domain.PolicyTerm;

/** One coverage line of a certificate: the policy that provides it, its term, its limits and endorsements. */
@Entity
@Table(name = "policy")
public class Policy {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "policy_seq")
    @SequenceGenerator(name = "policy_seq", sequenceName = "policy_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "certificate_id", nullable = false)
    private Certificate certificate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private CoverageType coverage;

    /** For OTHER lines, what the certificate calls it. */
    @Column(name = "coverage_name", length = 120)
    private String coverageName;

    /** The letter (A-F) under which the certificate lists the insurer. */
    @Column(name = "insurer_letter", length = 1)
    private String insurerLetter;

    @Column(name = "insurer_name", length = 200)
    private String insurerName;

    /** Null when the certificate names no code; a malformed code stored before codes were checked reads as none. */
    @Convert(converter = NaicCodeConverter.class)
    @Column(name = "insurer_naic", length = 5)
    private NaicCode insurerNaic;

    /** The number's text: searches and reports match the column as text, so only the accessors hold the number. */
    @Column(name = "policy_number", length = PolicyNumber.MAX_LENGTH)
    private String policyNumber;

    /** Null when the certificate states neither date, as an embedded value whose columns are all null loads. */
    @Embedded
    @AttributeOverride(name = "effective", column = @Column(name = "effective_date"))
    @AttributeOverride(name = "expiration", column = @Column(name = "expiration_date"))
    private PolicyTerm term;

    @Enumerated(EnumType.STRING)
    @Column(length = 12)
    private PolicyForm form;

    @Embedded
    @AttributeOverride(name = "additionalInsured", column = @Column(name = "additional_insured", nullable = false))
    @AttributeOverride(name = "waiverOfSubrogation", column = @Column(name = "waiver_of_subrogation", nullable = false))
    @AttributeOverride(name = "primaryNonContributory",
            column = @Column(name = "primary_non_contributory", nullable = false))
    private Endorsements endorsements = Endorsements.NONE;

    @Column(name = "wc_statutory", nullable = false)
    private boolean wcStatutory;

    @Column(name = "deductible", precision = 15, scale = 2)
    private BigDecimal deductible;

    @ElementCollection
    @CollectionTable(name = "policy_auto_symbol", joinColumns = @JoinColumn(name = "policy_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "symbol", nullable = false, length = 12)
    private Set<AutoSymbol> autoSymbols = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "policy_limit", joinColumns = @JoinColumn(name = "policy_id"))
    @MapKeyEnumerated(EnumType.STRING)
    @MapKeyColumn(name = "limit_kind", length = 40)
    @Column(name = "amount", nullable = false, precision = 15, scale = 2)
    private Map<LimitKind, BigDecimal> limits = new HashMap<>();

    protected Policy() {
    }

    /** A policy whose number is null when the certificate shows none. */
    public Policy(CoverageType coverage, PolicyNumber policyNumber, PolicyTerm term) {
        this.coverage = Objects.requireNonNull(coverage, "coverage");
        this.policyNumber = policyNumber == null ? null : policyNumber.text();
        this.term = Objects.requireNonNull(term, "term");
    }

    void attachTo(Certificate owner) {
        this.certificate = owner;
    }

    public Policy insurer(String letter, String name, NaicCode naicCode) {
        this.insurerLetter = letter;
        this.insurerName = name;
        this.insurerNaic = naicCode;
        return this;
    }

    public Policy coverageName(String name) {
        this.coverageName = name;
        return this;
    }

    public Policy form(PolicyForm policyForm) {
        this.form = policyForm;
        return this;
    }

    public Policy endorsements(Endorsements shown) {
        this.endorsements = Objects.requireNonNull(shown, "endorsements");
        return this;
    }

    public Policy wcStatutory(boolean statutory) {
        this.wcStatutory = statutory;
        return this;
    }

    public Policy deductible(BigDecimal amount) {
        this.deductible = amount;
        return this;
    }

    public Policy autoSymbols(Set<AutoSymbol> symbols) {
        this.autoSymbols = new HashSet<>(symbols);
        return this;
    }

    /** States one limit; an amount is never negative. */
    public Policy limit(LimitKind kind, BigDecimal amount) {
        Objects.requireNonNull(kind, "kind");
        if (amount == null || amount.signum() < 0) {
            throw new IllegalArgumentException("limit " + kind + " must be zero or more");
        }
        limits.put(kind, amount);
        return this;
    }

    public Long getId() {
        return id;
    }

    public Certificate getCertificate() {
        return certificate;
    }

    public CoverageType getCoverage() {
        return coverage;
    }

    public String getCoverageName() {
        return coverageName;
    }

    public String getInsurerLetter() {
        return insurerLetter;
    }

    public String getInsurerName() {
        return insurerName;
    }

    public NaicCode getInsurerNaic() {
        return insurerNaic;
    }

    /** The number; null when none is shown, or when a blank one was stored before numbers were checked. */
    public PolicyNumber getPolicyNumber() {
        return PolicyNumber.parse(policyNumber).orElse(null);
    }

    public PolicyTerm getTerm() {
        return term == null ? PolicyTerm.UNDATED : term;
    }

    public PolicyForm getForm() {
        return form;
    }

    public Endorsements getEndorsements() {
        return endorsements;
    }

    public boolean isWcStatutory() {
        return wcStatutory;
    }

    public BigDecimal getDeductible() {
        return deductible;
    }

    public Set<AutoSymbol> getAutoSymbols() {
        return autoSymbols.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(autoSymbols));
    }

    public Limits getLimits() {
        return Limits.fromAmounts(limits);
    }
}
