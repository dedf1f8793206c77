package org.opencoi.verification.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.opencoi.shared.domain.Endorsements;
import org.opencoi.shared.domain.LimitKind;
import org.opencoi.shared.domain.Limits;
import org.opencoi.shared.domain.Money;
import org.opencoi.shared.domain.PolicyNumber;
import org.opencoi.shared.domain.PolicyTerm;

/**
 * What a carrier's answer means for the policy a certificate claims.
 *
 * <p>The policy fails verification when the carrier does not know it (NOT_FOUND), reports it cancelled
 * or expired, or confirms it with another effective or expiration date, with a limit lower than the
 * certificate states, or without an additional-insured or waiver-of-subrogation endorsement the
 * certificate shows. A limit or endorsement the carrier does not state is not held against the policy.
 * UNCONFIRMED is the carrier's refusal to say, not evidence against the policy.
 *
 * @param discrepancy what differs, in sentences an admin reads; null unless FAILED
 */
public record Verdict(VerificationOutcome outcome, String discrepancy) {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.US);

    public Verdict {
        Objects.requireNonNull(outcome, "outcome");
        if ((outcome == VerificationOutcome.FAILED) != (discrepancy != null)) {
            throw new IllegalArgumentException("a failed verification, and only one, says what differs");
        }
    }

    /**
     * Judges the answer against the policy as the certificate states it.
     *
     * @param policyNumber the number the certificate shows
     * @param limits the certificate's limits
     */
    public static Verdict judge(PolicyNumber policyNumber, PolicyTerm term, Limits limits,
            Endorsements endorsements, CarrierAnswer answer) {
        String policy = "policy " + policyNumber;
        String reason = answer.reasonCode() == null ? "" : " (" + answer.reasonCode() + ")";
        switch (answer.status()) {
            case UNCONFIRMED:
                return new Verdict(VerificationOutcome.UNCONFIRMED, null);
            case NOT_FOUND:
                return failed("The carrier has no " + policy + " for this insured" + reason + ".");
            case CANCELLED:
                return failed("The carrier reports " + policy + " cancelled"
                        + (answer.cancellationDate() == null ? "" : " on " + date(answer.cancellationDate())) + reason + ".");
            case EXPIRED:
                return failed("The carrier reports " + policy + " expired"
                        + (answer.expirationDate() == null ? "" : " on " + date(answer.expirationDate())) + reason + ".");
            default:
                break;
        }
        List<String> differences = new ArrayList<>();
        if (answer.effectiveDate() != null && !answer.effectiveDate().equals(term.effective())) {
            differences.add("effective " + date(answer.effectiveDate()) + ", the certificate says " + date(term.effective()));
        }
        if (answer.expirationDate() != null && !answer.expirationDate().equals(term.expiration())) {
            differences.add("expiring " + date(answer.expirationDate()) + ", the certificate says " + date(term.expiration()));
        }
        Limits confirmedLimits = answer.knownLimits();
        for (Map.Entry<LimitKind, Money> claimed : limits.entries()) {
            LimitKind kind = claimed.getKey();
            confirmedLimits.of(kind).filter(confirmed -> confirmed.isLessThan(claimed.getValue()))
                    .ifPresent(confirmed -> differences.add(kind.name() + " limit " + confirmed.formatted()
                            + ", the certificate says " + claimed.getValue().formatted()));
        }
        if (endorsements.additionalInsured() && Boolean.FALSE.equals(answer.additionalInsured())) {
            differences.add("no additional-insured endorsement, which the certificate shows");
        }
        if (endorsements.waiverOfSubrogation() && Boolean.FALSE.equals(answer.waiverOfSubrogation())) {
            differences.add("no waiver of subrogation, which the certificate shows");
        }
        return differences.isEmpty()
                ? new Verdict(VerificationOutcome.CONFIRMED, null)
                : failed("The carrier confirms " + policy + " with " + String.join("; ", differences) + ".");
    }

    private static Verdict failed(String discrepancy) {
        return new Verdict(VerificationOutcome.FAILED, discrepancy);
    }

    private static String date(LocalDate day) {
        return day == null ? "nothing" : DATE.format(day);
    }
}
