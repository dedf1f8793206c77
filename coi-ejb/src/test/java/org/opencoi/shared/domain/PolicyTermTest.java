package org.opencoi.shared.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PolicyTermTest {

    private static final PolicyTerm YEAR_2026 = new PolicyTerm(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1));

    @ParameterizedTest(name = "on {0}: {1}")
    @CsvSource(textBlock = """
            2025-12-31, false
            2026-01-01, true
            2026-07-01, true
            2026-12-31, true
            2027-01-01, false
            2027-01-02, false
            """)
    void isInForceFromTheEffectiveDateUpToButNotIncludingTheExpirationDate(LocalDate day, boolean inForce) {
        assertThat(YEAR_2026.inForceOn(day)).isEqualTo(inForce);
    }

    @Test
    void aTermMissingADateIsNeverInForce() {
        LocalDate day = LocalDate.of(2026, 6, 1);

        assertThat(new PolicyTerm(LocalDate.of(2026, 1, 1), null).inForceOn(day)).isFalse();
        assertThat(new PolicyTerm(null, LocalDate.of(2027, 1, 1)).inForceOn(day)).isFalse();
        assertThat(PolicyTerm.UNDATED.inForceOn(day)).isFalse();
        assertThat(PolicyTerm.UNDATED.isDated()).isFalse();
        assertThat(YEAR_2026.isDated()).isTrue();
    }

    @Test
    void aTermOfOneDayCoversNoDay() {
        LocalDate day = LocalDate.of(2026, 6, 1);

        assertThat(new PolicyTerm(day, day).inForceOn(day)).isFalse();
    }

    @Test
    void aTermCannotEndBeforeItBegins() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new PolicyTerm(LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 1)))
                .withMessageContaining("cannot end");
    }
}
