package org.opencoi.verification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opencoi.shared.domain.Endorsements;
import org.opencoi.shared.domain.LimitKind;
import org.opencoi.shared.domain.Limits;
import org.opencoi.shared.domain.PolicyNumber;
import org.opencoi.shared.domain.PolicyTerm;

/** A carrier's answer judged against the policy a certificate claims. */
class VerdictTest {

    private static final LocalDate EFFECTIVE = LocalDate.of(2026, 1, 1);
    private static final LocalDate EXPIRATION = LocalDate.of(2027, 1, 1);
    private static final Limits CLAIMED = Limits.fromAmounts(Map.of(
            LimitKind.EACH_OCCURRENCE, new BigDecimal("1000000"), LimitKind.GENERAL_AGGREGATE, new BigDecimal("2000000")));

    private static CarrierAnswer answer(CarrierStatus status, LocalDate effective, LocalDate expiration,
            Map<String, BigDecimal> limits, Boolean additionalInsured) {
        return new CarrierAnswer(status, null, effective, expiration, null, limits, additionalInsured, null,
                Instant.parse("2026-06-01T10:00:00Z"));
    }

    private static Verdict judge(CarrierAnswer answer) {
        return Verdict.judge(PolicyNumber.of("GL-7"), new PolicyTerm(EFFECTIVE, EXPIRATION), CLAIMED, new Endorsements(true, false, false),
                answer);
    }

    @Test
    void confirmationAsTheCertificateStatesItConfirms() {
        Verdict verdict = judge(answer(CarrierStatus.CONFIRMED, EFFECTIVE, EXPIRATION,
                Map.of("EACH_OCCURRENCE", new BigDecimal("1000000.00"), "GENERAL_AGGREGATE", new BigDecimal("3000000"),
                        "SOMETHING_ELSE", BigDecimal.ONE), true));

        assertThat(verdict).isEqualTo(new Verdict(VerificationOutcome.CONFIRMED, null));
    }

    @Test
    void confirmationStatingNothingMoreConfirms() {
        assertThat(judge(answer(CarrierStatus.CONFIRMED, null, null, Map.of(), null)).outcome())
                .isEqualTo(VerificationOutcome.CONFIRMED);
    }

    @Test
    void lowerLimitOtherDatesAndMissingEndorsementAreNamed() {
        Verdict verdict = judge(answer(CarrierStatus.CONFIRMED, EFFECTIVE, LocalDate.of(2026, 7, 1),
                Map.of("EACH_OCCURRENCE", new BigDecimal("500000")), false));

        assertThat(verdict.outcome()).isEqualTo(VerificationOutcome.FAILED);
        assertThat(verdict.discrepancy()).isEqualTo("The carrier confirms policy GL-7 with expiring July 1, 2026, "
                + "the certificate says January 1, 2027; EACH_OCCURRENCE limit $500,000, the certificate says $1,000,000; "
                + "no additional-insured endorsement, which the certificate shows.");
    }

    @Test
    void aLimitShortByCentsShowsTheCents() {
        Verdict verdict = judge(answer(CarrierStatus.CONFIRMED, null, null,
                Map.of("EACH_OCCURRENCE", new BigDecimal("999999.50")), null));

        assertThat(verdict.discrepancy()).isEqualTo("The carrier confirms policy GL-7 with "
                + "EACH_OCCURRENCE limit $999,999.50, the certificate says $1,000,000.");
    }

    @Test
    void cancelledNotFoundAndExpiredFail() {
        CarrierAnswer cancelled = new CarrierAnswer(CarrierStatus.CANCELLED, "NONPAYMENT", EFFECTIVE, EXPIRATION,
                LocalDate.of(2026, 3, 15), Map.of(), null, null, Instant.parse("2026-06-01T10:00:00Z"));

        assertThat(judge(cancelled).discrepancy())
                .isEqualTo("The carrier reports policy GL-7 cancelled on March 15, 2026 (NONPAYMENT).");
        assertThat(judge(answer(CarrierStatus.NOT_FOUND, null, null, Map.of(), null)).discrepancy())
                .isEqualTo("The carrier has no policy GL-7 for this insured.");
        assertThat(judge(answer(CarrierStatus.EXPIRED, null, LocalDate.of(2026, 5, 1), Map.of(), null)).discrepancy())
                .isEqualTo("The carrier reports policy GL-7 expired on May 1, 2026.");
    }

    @Test
    void unconfirmedIsNoFailure() {
        assertThat(judge(answer(CarrierStatus.UNCONFIRMED, null, null, Map.of(), null)))
                .isEqualTo(new Verdict(VerificationOutcome.UNCONFIRMED, null));
    }
}
