package org.opencoi.shared.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AcceptedAutoSymbolsTest {

    @ParameterizedTest(name = "profile {0}, ticked {1}: {2}")
    @CsvSource(delimiter = ';', textBlock = """
            ANY|HIRED+NON_OWNED ; ANY                  ; true
            ANY|HIRED+NON_OWNED ; HIRED,NON_OWNED      ; true
            ANY|HIRED+NON_OWNED ; OWNED,HIRED,NON_OWNED ; true
            ANY|HIRED+NON_OWNED ; HIRED                ; false
            ANY|HIRED+NON_OWNED ; NON_OWNED            ; false
            ANY|HIRED+NON_OWNED ; OWNED,SCHEDULED      ; false
            ANY|HIRED+NON_OWNED ; ''                   ; false
            ' any | hired + non_owned ' ; HIRED,NON_OWNED ; true
            ''                  ; ''                   ; true
            ''                  ; HIRED                ; true
            """)
    void acceptsAPolicyTickingEverySymbolOfOneCombination(String notation, String ticked, boolean accepted) {
        assertThat(AcceptedAutoSymbols.parse(notation).accepts(symbols(ticked))).isEqualTo(accepted);
    }

    @Test
    void refusesANotationNamingNoSuchSymbol() {
        assertThatThrownBy(() -> AcceptedAutoSymbols.parse("ANY|RENTED"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Set<AutoSymbol> symbols(String ticked) {
        Set<AutoSymbol> symbols = EnumSet.noneOf(AutoSymbol.class);
        Arrays.stream(ticked.split(",")).filter(s -> !s.isBlank()).map(AutoSymbol::valueOf).forEach(symbols::add);
        return symbols;
    }
}
