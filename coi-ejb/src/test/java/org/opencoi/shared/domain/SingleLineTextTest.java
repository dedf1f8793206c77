package org.opencoi.shared.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SingleLineTextTest {

    @Test
    void acceptsOrdinaryTextAndNothingAndStripsTheBlanksAround() {
        assertThat(SingleLineText.problem("name", "Harbor Electric LLC", 200)).isNull();
        assertThat(SingleLineText.problem("name", null, 200)).isNull();
        assertThat(SingleLineText.require("name", "  Ünïcødé 名前  ", 200)).isEqualTo("Ünïcødé 名前");
    }

    @Test
    void countsTheLengthWithoutTheBlanksAround() {
        assertThat(SingleLineText.problem("city", " " + "x".repeat(10) + " ", 10)).isNull();
        assertThat(SingleLineText.problem("city", "x".repeat(11), 10)).isEqualTo("city is longer than 10 characters");
    }

    @Test
    void refusesControlCharacters() {
        for (String value : new String[] {"two\nlines", "carriage\rreturn", "nul\u0000byte", "tab\there", "bell\u0007"}) {
            assertThat(SingleLineText.problem("name", value, 200)).as(value)
                    .isEqualTo("name must be one line of text without control characters");
        }
        assertThatThrownBy(() -> SingleLineText.require("taxId", "12\n34", 40))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("taxId");
    }
}
