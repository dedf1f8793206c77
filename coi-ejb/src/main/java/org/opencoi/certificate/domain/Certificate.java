package org.opencoi.certificate.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.opencoi.shared.domain.ReviewState;
import org.opencoi.vendor.domain.Vendor;

/**
 * One certificate of insurance received for a vendor: the parties it names and one policy per
 * coverage line. Only certificates whose review state counts feed compliance decisions.
 */
@Entity
@Table(name = "certificate")
public class Certificate {

    private static final int MAX_REVIEW_REASON = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "certificate_seq")
    @SequenceGenerator(name = "certificate_seq", sequenceName = "certificate_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "vendor_id", nullable = false)
    private Vendor vendor;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "document_id")
    private CertificateDocument document;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CertificateSource source;

    @Enumerated(EnumType.STRING)
    @Column(name = "review_state", nullable = false, length = 20)
    private ReviewState reviewState = ReviewState.ACCEPTED;

    @Column(name = "review_reason", length = MAX_REVIEW_REASON)
    private String reviewReason;

    @Column(name = "producer_name", length = 200)
    private String producerName;

    @Column(name = "insured_name", length = 200)
    private String insuredName;

    @Column(name = "holder_name", length = 200)
    private String holderName;

    @Column(name = "description_of_operations", length = 4000)
    private String descriptionOfOperations;

    @Column(name = "issued_on")
    private LocalDate issuedOn;

    @Column(name = "certificate_number", length = 60)
    private String certificateNumber;

    /** How the data was read from the document; null for certificates keyed in by hand. */
    @Enumerated(EnumType.STRING)
    @Column(name = "extraction_method", length = 20)
    private ExtractionMethod extractionMethod;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @OneToMany(mappedBy = "certificate", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<Policy> policies = new ArrayList<>();

    @OneToMany(mappedBy = "certificate", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<ReadValue> readValues = new ArrayList<>();

    protected Certificate() {
    }

    public Certificate(Vendor vendor, CertificateSource source, CertificateDocument document, Instant receivedAt) {
        this.vendor = Objects.requireNonNull(vendor, "vendor");
        this.source = Objects.requireNonNull(source, "source");
        this.document = document;
        this.receivedAt = Objects.requireNonNull(receivedAt, "receivedAt");
    }

    public void nameParties(String producer, String insured, String holder) {
        this.producerName = producer;
        this.insuredName = insured;
        this.holderName = holder;
    }

    public void describeOperations(String description, LocalDate issuedOn) {
        this.descriptionOfOperations = description;
        this.issuedOn = issuedOn;
    }

    /** How the document was read; a certificate that was being read by OCR is read now, and counts unless sent to review. */
    public void readBy(ExtractionMethod method, String number) {
        this.extractionMethod = method;
        this.certificateNumber = number;
        if (reviewState == ReviewState.BEING_READ) {
            this.reviewState = ReviewState.ACCEPTED;
        }
    }

    /**
     * Keeps the document to be read by OCR, which takes seconds and so runs after the upload is answered: nothing is
     * read yet, so nothing is decided on the certificate and no reviewer is asked until it has been read.
     */
    public void awaitOcr() {
        this.extractionMethod = ExtractionMethod.NEEDS_OCR;
        this.reviewState = ReviewState.BEING_READ;
    }

    public boolean isBeingRead() {
        return reviewState == ReviewState.BEING_READ;
    }

    /** OCR could not read the document: it goes to review, for a reviewer to key in what it says. */
    public void notReadByOcr(String why) {
        this.extractionMethod = ExtractionMethod.UNREADABLE;
        String reason = "the pages have no text and OCR could not read them: " + why;
        sendToReview(reason);
    }

    /** Keeps the values read from the document, field by field, for the reviewer; they replace any kept before. */
    public void keepReadValues(List<ReadValue> values) {
        readValues.clear();
        values.forEach(value -> {
            value.attachTo(this);
            readValues.add(value);
        });
    }

    public Policy addPolicy(Policy policy) {
        policy.attachTo(this);
        policies.add(policy);
        return policy;
    }

    /** Holds the certificate back from decisions until a reviewer has looked at it. */
    public void sendToReview(String reason) {
        Objects.requireNonNull(reason, "reason");
        this.reviewState = ReviewState.PENDING_REVIEW;
        // A certificate with many uncertain fields names them all; the column keeps the first of them.
        this.reviewReason = reason.length() <= MAX_REVIEW_REASON ? reason
                : reason.substring(0, MAX_REVIEW_REASON - 1) + "\u2026";
    }

    /**
     * A reviewer's corrections: the parties and policies as the reviewer read them replace what was
     * read. Only a certificate awaiting review can be corrected.
     */
    public void correct(String producer, String insured, String holder, List<Policy> correctedPolicies) {
        requireAwaitingReview();
        nameParties(producer, insured, holder);
        policies.clear();
        correctedPolicies.forEach(this::addPolicy);
    }

    /** A reviewer accepts the data (as read or as corrected); decisions use it from now on. */
    public void approve() {
        requireAwaitingReview();
        this.reviewState = ReviewState.APPROVED;
    }

    /** A reviewer refuses the certificate, with a reason; decisions ignore it. */
    public void reject(String reason) {
        requireAwaitingReview();
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a rejection needs a reason");
        }
        this.reviewState = ReviewState.REJECTED;
        this.reviewReason = reason.strip();
    }

    private void requireAwaitingReview() {
        if (reviewState != ReviewState.PENDING_REVIEW) {
            throw new IllegalStateException("certificate " + id + " is " + reviewState + ", not awaiting review");
        }
    }

    public Long getId() {
        return id;
    }

    public Vendor getVendor() {
        return vendor;
    }

    public CertificateDocument getDocument() {
        return document;
    }

    public ReviewState getReviewState() {
        return reviewState;
    }

    public String getReviewReason() {
        return reviewReason;
    }

    public String getProducerName() {
        return producerName;
    }

    public String getInsuredName() {
        return insuredName;
    }

    public String getHolderName() {
        return holderName;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public List<Policy> getPolicies() {
        return Collections.unmodifiableList(policies);
    }

    public List<ReadValue> getReadValues() {
        return Collections.unmodifiableList(readValues);
    }
}
