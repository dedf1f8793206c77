package org.opencoi.compliance.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.opencoi.certificate.domain.Certificate;
import org.opencoi.shared.domain.ReviewState;

/**
 * One certificate of a vendor, as the compliance engine reads it: the parties it names, whether it
 * may be decided on, and its policies.
 *
 * @param id the stored certificate's id; null for one not stored
 * @param issuedOn the date printed on the certificate; null when it was not read
 */
public record CertificateSnapshot(
        Long id,
        ReviewState reviewState,
        CompanyName insured,
        CompanyName holder,
        LocalDate issuedOn,
        Instant receivedAt,
        List<PolicySnapshot> policies) {

    /**
     * Newest first: the later issue date wins (a certificate without one is older than any with one),
     * then the later receipt, then the higher id, so that the order never depends on how the
     * certificates were listed.
     */
    public static final Comparator<CertificateSnapshot> NEWEST_FIRST = Comparator
            .comparing(CertificateSnapshot::issuedOn, Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder()))
            .thenComparing(CertificateSnapshot::receivedAt)
            .thenComparing(CertificateSnapshot::id, Comparator.nullsFirst(Comparator.<Long>naturalOrder()))
            .reversed();

    public CertificateSnapshot {
        Objects.requireNonNull(reviewState, "reviewState");
        Objects.requireNonNull(insured, "insured");
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(receivedAt, "receivedAt");
        policies = List.copyOf(policies);
    }

    public static CertificateSnapshot from(Certificate certificate) {
        return new CertificateSnapshot(certificate.getId(), certificate.getReviewState(),
                CompanyName.of(certificate.getInsuredName()), CompanyName.of(certificate.getHolderName()),
                certificate.getIssuedOn(), certificate.getReceivedAt(),
                certificate.getPolicies().stream().map(PolicySnapshot::from).toList());
    }

    /** Accepted or approved certificates feed decisions; rejected ones and those awaiting review do not. */
    public boolean countsForDecisions() {
        return reviewState.countsForDecisions();
    }

    public boolean awaitsReview() {
        return reviewState == ReviewState.PENDING_REVIEW;
    }
}
