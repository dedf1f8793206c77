package org.opencoi.shared.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class RenewalCadenceConverterTest {

    private final RenewalCadenceConverter converter = new RenewalCadenceConverter();

    @Test
    void aCadenceIsStoredAsItsDaysLatestFirstAndReadBack() {
        String stored = converter.convertToDatabaseColumn(RenewalCadence.parse("0, 45,-3"));

        assertThat(stored).isEqualTo("45,0,-3");
        assertThat(converter.convertToEntityAttribute(stored).milestones()).containsExactly(45, 0, -3);
    }

    @Test
    void theDefaultWrittenOutIsTheTextOfTheDefault() {
        assertThat(converter.convertToDatabaseColumn(RenewalCadence.DEFAULT)).isEqualTo("60,30,14,0,-7,-14");
    }

    @Test
    void noCadenceKeepsNoText() {
        assertThat(converter.convertToDatabaseColumn(null)).isNull();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void noTextReadsAsNoCadence(String stored) {
        assertThat(converter.convertToEntityAttribute(stored)).isNull();
    }
}
