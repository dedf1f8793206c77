package org.opencoi.shared.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class NaicCodeTest {

    @Test
    void aCodeIsFiveDigitsLeadingZerosIncluded() {
        assertThat(NaicCode.of("25658").digits()).isEqualTo("25658");
        assertThat(NaicCode.of("01234")).hasToString("01234").isEqualTo(new NaicCode("01234"));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "1234", "123456", "2565B", " 25658", "25658 ", "25-658", "２５６５８"})
    void anythingElseIsRefusedWithTheTextInTheMessage(String text) {
        assertThatThrownBy(() -> NaicCode.of(text))
                .isInstanceOf(InvalidNaicCodeException.class)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("a NAIC code is five digits, not ")
                .hasMessageContaining(text == null ? "nothing" : "\"" + text + "\"");
    }

    @Test
    void printedTextReadsAsACodeOnlyWhenItIsOneBlanksAside() {
        assertThat(NaicCode.parse(" 25658\n")).contains(NaicCode.of("25658"));
        assertThat(NaicCode.parse("2565")).isEmpty();
        assertThat(NaicCode.parse("NAIC 25658")).isEmpty();
        assertThat(NaicCode.parse("   ")).isEmpty();
        assertThat(NaicCode.parse(null)).isEmpty();
    }

    @Test
    void aCodeTravelsSerializedAndStaysValidated() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(NaicCode.of("11150"));
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertThat(in.readObject()).isEqualTo(NaicCode.of("11150"));
        }
    }
}
