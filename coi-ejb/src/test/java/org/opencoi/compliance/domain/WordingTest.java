package org.opencoi.compliance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordingTest {

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
            0.999,        $1
            -2500,        '-$2,500'
            """)
    void writesAmountsInDollarsWithCentsOnlyWhenThereAreAny(BigDecimal amount, String text) {
        assertThat(Wording.money(amount)).isEqualTo(text);
    }
}
