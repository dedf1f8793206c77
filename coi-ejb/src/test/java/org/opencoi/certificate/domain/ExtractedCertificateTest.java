package org.opencoi.certificate.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opencoi.shared.domain.CoverageType;
import org.opencoi.shared.domain.LimitKind;
import org.opencoi.shared.domain.NaicCode;
import org.opencoi.shared.domain.PolicyForm;

class ExtractedCertificateTest {

    private static final LocalDate START = LocalDate.of(2025, 1, 1);
    private static final ExtractedInsurer INSURER = new ExtractedInsurer(read("A"), read("Travelers Indemnity Company"),
            read(NaicCode.of("25658")));

    @Test
    void aCertificateWithInsuredDatesAndLimitsReadConfidentlyNeedsNoReview() {
        ExtractedCertificate certificate = certificate(read("Acme Electrical LLC"),
                policy(CoverageType.GL, read(START), read(START.plusYears(1)),
                        Map.of(LimitKind.EACH_OCCURRENCE, read(BigDecimal.valueOf(1_000_000))), false));

        assertThat(certificate.uncertainKeyFields()).isEmpty();
        assertThat(certificate.needsReview()).isFalse();
    }

    @Test
    void namesEveryKeyFieldThatIsMissingOrUncertain() {
        ExtractedCertificate certificate = certificate(ExtractedValue.read("Acme", "Acme", 0.5),
                policy(CoverageType.AUTO, ExtractedValue.missing(), ExtractedValue.unreadable("TBD"),
                        Map.of(LimitKind.COMBINED_SINGLE_LIMIT, ExtractedValue.unreadable("see attached")), false));

        assertThat(certificate.uncertainKeyFields())
                .containsExactly("insured name", "AUTO effective date", "AUTO expiration date", "AUTO limits");
        assertThat(certificate.needsReview()).isTrue();
    }

    @Test
    void oneLimitReadWithConfidenceIsEnoughEvenBesideAnUnreadableOne() {
        ExtractedPolicy policy = policy(CoverageType.GL, read(START), read(START.plusYears(1)), Map.of(
                LimitKind.EACH_OCCURRENCE, read(BigDecimal.valueOf(1_000_000)),
                LimitKind.MEDICAL_EXPENSE, ExtractedValue.unreadable("Excluded")), false);

        assertThat(policy.uncertainKeyFields()).isEmpty();
    }

    @Test
    void aStatutoryWorkersCompensationLineNeedsNoOtherLimit() {
        assertThat(policy(CoverageType.WC, read(START), read(START.plusYears(1)), Map.of(), true).uncertainKeyFields())
                .isEmpty();
        assertThat(policy(CoverageType.WC, read(START), read(START.plusYears(1)), Map.of(), false).uncertainKeyFields())
                .containsExactly("WC limits");
    }

    @Test
    void aPolicyThatEndsBeforeItStartsGoesToReview() {
        ExtractedPolicy policy = policy(CoverageType.GL, read(START), read(START.minusDays(1)),
                Map.of(LimitKind.EACH_OCCURRENCE, read(BigDecimal.ONE)), false);

        assertThat(policy.uncertainKeyFields()).containsExactly("GL policy period (it does not end after it starts)");
    }

    @Test
    void aCertificateWithoutAnyCoverageLineGoesToReview() {
        assertThat(certificate(read("Acme"), null).uncertainKeyFields()).containsExactly("coverage lines");
    }

    @Test
    void anUnreadableDocumentHasEveryKeyFieldMissing() {
        ExtractedCertificate unreadable = ExtractedCertificate.unreadable();

        assertThat(unreadable.method()).isEqualTo(ExtractionMethod.UNREADABLE);
        assertThat(unreadable.insured().name().confidence()).isZero();
        assertThat(unreadable.uncertainKeyFields()).containsExactly("insured name", "coverage lines");
    }

    @Test
    void aValueReadFromTheLayoutIsTrustedLessThanOneFromAFormField() {
        ExtractedValue<String> parsed = read("GL-1");

        assertThat(parsed.readBy(ExtractionMethod.ACROFORM).confidence()).isEqualTo(1.0);
        assertThat(parsed.readBy(ExtractionMethod.TEXT_LAYOUT).confidence()).isEqualTo(0.8);
        assertThat(parsed.readBy(ExtractionMethod.TEXT_LAYOUT).isConfident()).isTrue();
        assertThat(ExtractedValue.unreadable("N/A").readBy(ExtractionMethod.ACROFORM).isConfident()).isFalse();
    }

    private static <T> ExtractedValue<T> read(T value) {
        return ExtractedValue.read(value, String.valueOf(value), 1.0);
    }

    private static ExtractedPolicy policy(CoverageType coverage, ExtractedValue<LocalDate> effective,
            ExtractedValue<LocalDate> expiration, Map<LimitKind, ExtractedValue<BigDecimal>> limits, boolean statutory) {
        return new ExtractedPolicy(coverage, ExtractedValue.missing(), INSURER, read("P-1"), effective, expiration,
                coverage == CoverageType.GL ? read(PolicyForm.OCCURRENCE) : ExtractedValue.missing(),
                coverage == CoverageType.WC ? ExtractedValue.missing() : read(false), read(false), Set.of(), statutory,
                limits, ExtractedValue.missing());
    }

    private static ExtractedCertificate certificate(ExtractedValue<String> insured, ExtractedPolicy policy) {
        return new ExtractedCertificate(ExtractionMethod.ACROFORM, ExtractedParty.MISSING,
                new ExtractedParty(insured, ExtractedValue.missing()), ExtractedParty.MISSING, List.of(),
                ExtractedValue.missing(), ExtractedValue.missing(), ExtractedValue.missing(),
                policy == null ? List.of() : List.of(policy));
    }
}
