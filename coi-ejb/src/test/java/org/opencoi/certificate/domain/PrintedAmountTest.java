package org.opencoi.certificate.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PrintedAmountTest {

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            1,000,000      | 1000000
            $1,000,000     | 1000000
            $ 1,000,000    | 1000000
            1000000        | 1000000
            1,000,000.00   | 1000000
            '  2,000,000 ' | 2000000
            1,500,000.50   | 1500000.5
            0              | 0
            1M             | 1000000
            2MM            | 2000000
            1.5M           | 1500000
            $2MM           | 2000000
            $ 5 MM         | 5000000
            1mm            | 1000000
            500K           | 500000
            """)
    void readsAmountsAsAgentsPrintThem(String printed, BigDecimal amount) {
        ExtractedValue<BigDecimal> read = PrintedAmount.parse(printed);

        assertThat(read.value()).isEqualByComparingTo(amount);
        assertThat(read.value().scale()).isLessThanOrEqualTo(amount.scale());
        assertThat(read.confidence()).isEqualTo(1.0);
        assertThat(read.text()).isEqualTo(printed);
    }

    @ParameterizedTest(name = "\"{0}\" is unreadable")
    @ValueSource(strings = {"N/A", "see attached", "Statutory", "1,00,000", "1.000.000", "$", "M", "-1,000", "(1,000)",
            "1,000,000 each", "1M2", "1,0000"})
    void refusesToGuessAtAnythingElse(String printed) {
        ExtractedValue<BigDecimal> read = PrintedAmount.parse(printed);

        assertThat(read.isPresent()).isFalse();
        assertThat(read.confidence()).isEqualTo(ExtractedValue.UNREADABLE_CONFIDENCE);
        assertThat(read.isConfident()).isFalse();
        assertThat(read.text()).isEqualTo(printed);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void blankIsMissing(String printed) {
        ExtractedValue<BigDecimal> read = PrintedAmount.parse(printed);

        assertThat(read.isPresent()).isFalse();
        assertThat(read.confidence()).isZero();
    }
}
