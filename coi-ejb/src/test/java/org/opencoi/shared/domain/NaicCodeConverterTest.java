package org.opencoi.shared.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NaicCodeConverterTest {

    private final NaicCodeConverter converter = new NaicCodeConverter();

    @Test
    void aCodeIsStoredAsItsDigitsAndReadBack() {
        String stored = converter.convertToDatabaseColumn(NaicCode.of("01234"));

        assertThat(stored).isEqualTo("01234");
        assertThat(converter.convertToEntityAttribute(stored)).isEqualTo(NaicCode.of("01234"));
    }

    @Test
    void noCodeIsNull() {
        assertThat(converter.convertToDatabaseColumn(null)).isNull();
        assertThat(converter.convertToEntityAttribute(null)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234", "", "2565B", "ABCDE"})
    void aMalformedStoredValueReadsAsNoCodeInsteadOfFailingTheRow(String stored) {
        assertThat(converter.convertToEntityAttribute(stored)).isNull();
    }
}
