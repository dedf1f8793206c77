package org.opencoi.shared.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class PolicyNumberTest {

    @Test
    void aNumberIsItsTextWithoutSurroundingBlanks() {
        assertThat(PolicyNumber.of("  GL-7733-2025 ")).isEqualTo(PolicyNumber.of("GL-7733-2025"))
                .hasToString("GL-7733-2025");
        assertThat(PolicyNumber.of("BA 5521-09").text()).isEqualTo("BA 5521-09");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "\t\n"})
    void aBlankNumberIsRefused(String text) {
        assertThatThrownBy(() -> PolicyNumber.of(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a policy number cannot be blank");
    }

    @Test
    void aNumberFitsTheColumnItIsKeptIn() {
        assertThat(PolicyNumber.of("9".repeat(PolicyNumber.MAX_LENGTH)).text()).hasSize(60);
        assertThat(PolicyNumber.of(" " + "9".repeat(60) + " ").text()).hasSize(60);
        assertThatThrownBy(() -> PolicyNumber.of("9".repeat(61))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a policy number is at most 60 characters, not 61");
    }

    @Test
    void missingOrBlankTextReadsAsNoNumber() {
        assertThat(PolicyNumber.parse(null)).isEmpty();
        assertThat(PolicyNumber.parse(" ")).isEmpty();
        assertThat(PolicyNumber.parse(" GL-1")).contains(PolicyNumber.of("GL-1"));
    }
}
