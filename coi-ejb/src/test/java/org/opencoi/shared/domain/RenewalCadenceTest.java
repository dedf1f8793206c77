package org.opencoi.shared.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RenewalCadenceTest {

    private static final LocalDate EXPIRY = LocalDate.of(2026, 6, 30);

    @ParameterizedTest(name = "{0}: milestone {1}")
    @CsvSource(nullValues = "none", value = {
            "2026-04-30, none",   // 61 days before: nothing yet
            "2026-05-01, 60",
            "2026-05-30, 60",     // between 60 and 30: still the 60-day milestone
            "2026-05-31, 30",
            "2026-06-16, 14",
            "2026-06-30, 0",
            "2026-07-06, 0",
            "2026-07-07, -7",
            "2026-07-14, -14",
            "2027-01-01, -14"})
    void theLatestMilestoneThatHasComeIsDue(LocalDate today, Integer milestone) {
        assertThat(RenewalCadence.DEFAULT.due(EXPIRY, today)).isEqualTo(java.util.Optional.ofNullable(milestone));
    }

    @Test
    void aProfileCadenceIsReadInAnyOrderAndWrittenLatestFirst() {
        RenewalCadence cadence = RenewalCadence.parse(" -3, 45 ,0");

        assertThat(cadence.milestones()).containsExactly(45, 0, -3);
        assertThat(cadence.toString()).isEqualTo("45,0,-3");
    }

    @Test
    void cadencesWithTheSameMilestonesAreEqualHoweverWritten() {
        assertThat(RenewalCadence.parse("0,45,-3")).isEqualTo(RenewalCadence.parse("45, 0, -3"))
                .hasSameHashCodeAs(RenewalCadence.parse("-3,0,45"))
                .isNotEqualTo(RenewalCadence.parse("45,0"));
    }

    @Test
    void badCadencesAreRefusedWithTheReason() {
        assertThatIllegalArgumentException().isThrownBy(() -> RenewalCadence.parse("")).withMessageContaining("at least one");
        assertThatIllegalArgumentException().isThrownBy(() -> RenewalCadence.parse("30,soon")).withMessageContaining("whole day counts");
        assertThatIllegalArgumentException().isThrownBy(() -> RenewalCadence.parse("30,30")).withMessageContaining("once");
        assertThatIllegalArgumentException().isThrownBy(() -> RenewalCadence.parse("400")).withMessageContaining("365");
    }

    @Test
    void compliantVendorsAreChasedFromTheirEarliestExpiry() {
        assertThat(RenewalCadence.anchor(ComplianceStatus.EXPIRING, EXPIRY, LocalDate.of(2026, 1, 1))).hasValue(EXPIRY);
        assertThat(RenewalCadence.anchor(ComplianceStatus.COMPLIANT, null, LocalDate.of(2026, 1, 1))).isEmpty();
    }

    @Test
    void nonCompliantVendorsAreChasedFromWhenTheyBecameSoUnlessTheirCoverRanOutEarlier() {
        LocalDate since = LocalDate.of(2026, 3, 1);
        assertThat(RenewalCadence.anchor(ComplianceStatus.NON_COMPLIANT, EXPIRY, since)).hasValue(since);
        assertThat(RenewalCadence.anchor(ComplianceStatus.NON_COMPLIANT, LocalDate.of(2026, 2, 1), since))
                .hasValue(LocalDate.of(2026, 2, 1));
        assertThat(RenewalCadence.anchor(ComplianceStatus.NO_CERTIFICATE, null, since)).hasValue(since);
        assertThat(RenewalCadence.anchor(ComplianceStatus.PENDING_REVIEW, EXPIRY, since)).isEmpty();
    }
}
