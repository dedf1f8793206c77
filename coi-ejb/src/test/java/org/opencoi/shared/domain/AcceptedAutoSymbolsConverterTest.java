package org.opencoi.shared.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class AcceptedAutoSymbolsConverterTest {

    private final AcceptedAutoSymbolsConverter converter = new AcceptedAutoSymbolsConverter();

    @Test
    void combinationsAreStoredInTheProfilesNotationAndReadBack() {
        AcceptedAutoSymbols symbols = AcceptedAutoSymbols.parse("ANY|HIRED+NON_OWNED");

        String stored = converter.convertToDatabaseColumn(symbols);

        assertThat(stored).isEqualTo("ANY|HIRED+NON_OWNED");
        assertThat(converter.convertToEntityAttribute(stored)).isEqualTo(symbols);
    }

    @Test
    void textTypedBeforeTheConverterReadsAsTheSameCombinations() {
        assertThat(converter.convertToEntityAttribute("any | non_owned + hired"))
                .isEqualTo(AcceptedAutoSymbols.parse("ANY|HIRED+NON_OWNED"));
        assertThat(converter.convertToDatabaseColumn(converter.convertToEntityAttribute("non_owned+hired")))
                .isEqualTo("HIRED+NON_OWNED");
    }

    @Test
    void anyCombinationKeepsNoText() {
        assertThat(converter.convertToDatabaseColumn(AcceptedAutoSymbols.ANY_COMBINATION)).isNull();
        assertThat(converter.convertToDatabaseColumn(null)).isNull();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void noTextReadsAsAnyCombination(String stored) {
        assertThat(converter.convertToEntityAttribute(stored)).isEqualTo(AcceptedAutoSymbols.ANY_COMBINATION);
    }

    @Test
    void aSymbolNoPolicyCanTickIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> converter.convertToEntityAttribute("ANY|RENTED"));
    }
}
