package org.opencoi.shared.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyTest {

    @ParameterizedTest(name = "{0} reads {1}")
    @CsvSource(textBlock = """
            0,            $0
            5,            $5
            999,          $999
            1000,         '$1,000'
            25000.00,     '$25,000'
            1000000,      '$1,000,000'
            10000000.5,   '$10,000,000.50'
            123456.05,    '$123,456.05'
            499999.50,    '$499,999.50'
            0.999,        $1
            0.004,        $0
            -2500,        '-$2,500'
            -0.5,         '-$0.50'
            """)
    void writesAmountsInDollarsWithCentsOnlyWhenThereAreAny(BigDecimal amount, String text) {
        assertThat(Money.of(amount).formatted()).isEqualTo(text);
        assertThat(Money.of(amount)).hasToString(text);
    }

    @Test
    void amountsWrittenWithAnotherScaleAreEqual() {
        assertThat(Money.of(new BigDecimal("25000.00"))).isEqualTo(Money.of(25_000))
                .hasSameHashCodeAs(Money.of(25_000));
        assertThat(Money.of(new BigDecimal("25000.01"))).isNotEqualTo(Money.of(25_000));
    }

    @Test
    void keepsTheAmountAsWritten() {
        assertThat(Money.of(new BigDecimal("25000.00")).amount()).isEqualByComparingTo("25000").hasToString("25000.00");
    }

    @Test
    void comparesAndAdds() {
        assertThat(Money.of(999_999).isLessThan(Money.of(1_000_000))).isTrue();
        assertThat(Money.of(1_000_000).isLessThan(Money.of(new BigDecimal("1000000.00")))).isFalse();
        assertThat(Money.of(500_000).plus(Money.of(new BigDecimal("0.50")))).isEqualTo(Money.of(new BigDecimal("500000.5")));
        assertThat(Money.of(-1).isNegative()).isTrue();
        assertThat(Money.ZERO.isNegative()).isFalse();
    }

    @Test
    void noneIsNoAmount() {
        assertThat(Money.ofNullable(null)).isNull();
        assertThatNullPointerException().isThrownBy(() -> Money.of(null));
    }
}
