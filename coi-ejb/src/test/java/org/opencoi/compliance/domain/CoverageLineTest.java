package org.opencoi.compliance.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opencoi.shared.domain.CoverageType;

class CoverageLineTest {

    @ParameterizedTest(name = "required {0} {1}, offered {2} {3}: {4}")
    @CsvSource(delimiter = '|', textBlock = """
            GL       |                        | GL       |                        | true
            GL       |                        | AUTO     |                        | false
            UMBRELLA |                        | UMBRELLA |                        | true
            UMBRELLA |                        | EXCESS   |                        | true
            EXCESS   |                        | UMBRELLA |                        | true
            WC       |                        | WC       |                        | true
            EL       |                        | WC       |                        | true
            EL       |                        | EL       |                        | true
            WC       |                        | EL       |                        | false
            OTHER    | Professional Liability | OTHER    | professional liability | true
            OTHER    | Professional Liability | OTHER    | ' Professional Liability ' | true
            OTHER    | Professional Liability | OTHER    | Cyber Liability        | false
            OTHER    | Professional Liability | GL       |                        | false
            """)
    void tellsWhichPoliciesSatisfyARequiredLine(CoverageType required, String requiredName, CoverageType offered,
            String offeredName, boolean satisfied) {
        assertThat(new CoverageLine(required, requiredName).isSatisfiedBy(new CoverageLine(offered, offeredName)))
                .isEqualTo(satisfied);
    }

    @Test
    void anOtherLineNeedsAName() {
        assertThatThrownBy(() -> CoverageLine.other(" ")).isInstanceOf(IllegalArgumentException.class);
    }
}
