package org.opencoi.verification.carrier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.opencoi.shared.domain.CoverageType;
import org.opencoi.shared.domain.NaicCode;
import org.opencoi.shared.domain.PolicyNumber;
import org.opencoi.verification.application.PolicyInquiry;
import org.opencoi.verification.carrier.generated.Limit;
import org.opencoi.verification.carrier.generated.LineOfBusiness;
import org.opencoi.verification.carrier.generated.PolicyStatus;
import org.opencoi.verification.carrier.generated.VerificationStatus;
import org.opencoi.verification.domain.CarrierStatus;

/** Between the CarrierVerification contract's messages and OpenCOI's inquiry and answer. */
class CarrierTranslatorTest {

    @Test
    void inquiryCarriesThePolicyTheInsuredAndTheDay() {
        var message = CarrierTranslator.toInquiry(new PolicyInquiry(PolicyNumber.of("GL-1"), NaicCode.of("25658"),
                CoverageType.GL, "Acme Roofing LLC", "12-3456789", LocalDate.of(2026, 11, 29)));

        assertThat(message.getPolicyNumber()).isEqualTo("GL-1");
        assertThat(message.getNaicCode()).isEqualTo("25658");
        assertThat(message.getLineOfBusiness()).isEqualTo(LineOfBusiness.GL);
        assertThat(message.getFein()).isEqualTo("12-3456789");
        assertThat(message.getAsOfDate().toXMLFormat()).isEqualTo("2026-11-29");
    }

    @Test
    void employersLiabilityIsAskedAboutAsWorkersCompensation() {
        assertThat(CarrierTranslator.lineOfBusiness(CoverageType.EL)).isEqualTo(LineOfBusiness.WC);
        assertThat(CarrierTranslator.lineOfBusiness(CoverageType.UMBRELLA)).isEqualTo(LineOfBusiness.UMBRELLA);
    }

    @Test
    void answerKeepsStatusDatesLimitsAndEndorsements() {
        PolicyStatus status = status(VerificationStatus.CANCELLED);
        status.setReasonCode("NONPAYMENT");
        status.setCancellationDate(CarrierTranslator.xmlDate(LocalDate.of(2026, 10, 1)));
        status.getLimit().add(limit("EACH_OCCURRENCE", "500000"));
        status.setWaiverOfSubrogation(false);

        var answer = CarrierTranslator.toAnswer(status);

        assertThat(answer.status()).isEqualTo(CarrierStatus.CANCELLED);
        assertThat(answer.reasonCode()).isEqualTo("NONPAYMENT");
        assertThat(answer.cancellationDate()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(answer.limits()).containsEntry("EACH_OCCURRENCE", new BigDecimal("500000"));
        assertThat(answer.waiverOfSubrogation()).isFalse();
        assertThat(answer.additionalInsured()).isNull();
        assertThat(answer.answeredAt()).isEqualTo(Instant.parse("2026-11-29T10:00:00Z"));
    }

    @Test
    void answerWithoutStatusOrWithAnIncompleteLimitIsRefused() {
        assertThatThrownBy(() -> CarrierTranslator.toAnswer(status(null))).isInstanceOf(IllegalArgumentException.class);
        PolicyStatus incomplete = status(VerificationStatus.CONFIRMED);
        incomplete.getLimit().add(limit("EACH_OCCURRENCE", null));
        assertThatThrownBy(() -> CarrierTranslator.toAnswer(incomplete)).isInstanceOf(IllegalArgumentException.class);
    }

    private static PolicyStatus status(VerificationStatus value) {
        PolicyStatus status = new PolicyStatus();
        status.setStatus(value);
        status.setPolicyNumber("GL-1");
        status.setRespondedAt(CarrierTranslator.xmlTime(Instant.parse("2026-11-29T10:00:00Z")));
        return status;
    }

    private static Limit limit(String code, String amount) {
        Limit limit = new Limit();
        limit.setCoverageCode(code);
        limit.setAmount(amount == null ? null : new BigDecimal(amount));
        return limit;
    }
}
