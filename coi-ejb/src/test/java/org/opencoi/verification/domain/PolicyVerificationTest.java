package org.opencoi.verification.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opencoi.certificate.domain.Certificate;
import org.opencoi.certificate.domain.CertificateSource;
import org.opencoi.certificate.domain.Policy;
import org.opencoi.shared.domain.CoverageType;
import org.opencoi.shared.domain.ErpKey;
import org.opencoi.shared.domain.NaicCode;
import org.opencoi.shared.domain.PolicyNumber;
import org.opencoi.shared.domain.PolicyTerm;
import org.opencoi.vendor.domain.Vendor;

/** A policy's verification as a queue entry: due, answered, or asked again after a growing wait. */
class PolicyVerificationTest {

    private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");

    @Test
    void newVerificationIsDueAtOnce() {
        PolicyVerification verification = new PolicyVerification(policy("GL-1", "25658"), NOW);

        assertThat(verification.getOutcome()).isEqualTo(VerificationOutcome.PENDING);
        assertThat(verification.getNextAttemptAt()).isEqualTo(NOW);
    }

    @Test
    void policyWithoutNumberOrNaicCodeIsNotVerifiable() {
        assertThat(new PolicyVerification(policy(null, "25658"), NOW).getOutcome()).isEqualTo(VerificationOutcome.NOT_VERIFIABLE);
        assertThat(new PolicyVerification(policy("GL-1", null), NOW).getNextAttemptAt()).isNull();
    }

    @Test
    void silentCarrierIsAskedAgainAfterADoublingWaitAndTheAnswerEndsIt() {
        PolicyVerification verification = new PolicyVerification(policy("GL-1", "25658"), NOW);

        verification.unavailable(NOW, "read timed out", PolicyVerification.DEFAULT_BACKOFF);
        assertThat(verification.getNextAttemptAt()).isEqualTo(NOW.plusSeconds(5));
        verification.unavailable(NOW, "read timed out", PolicyVerification.DEFAULT_BACKOFF);
        assertThat(verification.getNextAttemptAt()).isEqualTo(NOW.plusSeconds(10));
        assertThat(verification.getOutcome()).isEqualTo(VerificationOutcome.UNAVAILABLE);
        for (int i = 0; i < 30; i++) {
            verification.unavailable(NOW, "read timed out", PolicyVerification.DEFAULT_BACKOFF);
        }
        assertThat(verification.getNextAttemptAt()).isEqualTo(NOW.plus(PolicyVerification.LONGEST_WAIT));

        CarrierAnswer cancelled = new CarrierAnswer(CarrierStatus.CANCELLED, null, null, null, null, Map.of(), null, null, NOW);
        verification.answered(cancelled, new Verdict(VerificationOutcome.FAILED, "cancelled"));
        assertThat(verification.getNextAttemptAt()).isNull();
        assertThat(verification.getLastError()).isNull();

        verification.unavailable(NOW, "read timed out", PolicyVerification.DEFAULT_BACKOFF);
        assertThat(verification.getOutcome()).as("an earlier answer stands").isEqualTo(VerificationOutcome.FAILED);
    }

    @Test
    void carrierNeedsAnHttpEndpointAndAUsernameForWsSecurity() {
        Carrier carrier = new Carrier(NaicCode.of("25658"), "Travelers");
        assertThatThrownBy(() -> carrier.configure("Travelers", "ftp://x.example/v", null, null, false, 5_000, 10))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> carrier.configure("Travelers", "https://x.example/v", null, null, true, 5_000, 10))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Carrier(NaicCode.of("2565"), "Travelers")).isInstanceOf(IllegalArgumentException.class);
        carrier.configure("Travelers", " ", null, null, false, 5_000, 10);
        assertThat(carrier.isVerifiable()).isFalse();
    }

    private static Policy policy(String number, String naic) {
        Vendor vendor = new Vendor(ErpKey.of("ERP", "V-1"), "Acme Roofing LLC", NOW);
        Certificate certificate = new Certificate(vendor, CertificateSource.MANUAL_ENTRY, null, NOW);
        Policy policy = new Policy(CoverageType.GL, number == null ? null : PolicyNumber.of(number),
                new PolicyTerm(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1)))
                .insurer("A", "Travelers", naic == null ? null : NaicCode.of(naic));
        certificate.addPolicy(policy);
        setId(vendor, 1L);
        setId(certificate, 2L);
        setId(policy, 3L);
        return policy;
    }

    private static void setId(Object entity, long id) {
        try {
            Field field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
