package org.opencoi.shared.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ErpKeyTest {

    @Test
    void bothPartsAreStrippedSoThatAKeyMatchesItsStoredSelf() {
        ErpKey key = ErpKey.of(" SAP-EU ", "  V-1001 ");

        assertThat(key).isEqualTo(ErpKey.of("SAP-EU", "V-1001"));
        assertThat(key.sourceSystem()).isEqualTo("SAP-EU");
        assertThat(key.externalId()).isEqualTo("V-1001");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void aBlankSourceSystemIsRefusedNamingTheField(String sourceSystem) {
        assertThatThrownBy(() -> ErpKey.of(sourceSystem, "V-1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("sourceSystem must not be blank");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void aBlankExternalIdIsRefusedNamingTheField(String externalId) {
        assertThatThrownBy(() -> ErpKey.of("SAP", externalId))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("externalId must not be blank");
    }

    @Test
    void eachPartFitsItsColumn() {
        assertThat(ErpKey.of("S".repeat(ErpKey.SOURCE_SYSTEM_LENGTH), "V".repeat(ErpKey.EXTERNAL_ID_LENGTH)))
                .isNotNull();
        assertThatThrownBy(() -> ErpKey.of("S".repeat(ErpKey.SOURCE_SYSTEM_LENGTH + 1), "V-1"))
                .hasMessage("sourceSystem is longer than 40 characters");
        assertThatThrownBy(() -> ErpKey.of("SAP", "V".repeat(ErpKey.EXTERNAL_ID_LENGTH + 1)))
                .hasMessage("externalId is longer than 80 characters");
    }

    @Test
    void aPartOfMoreThanOneLineIsRefused() {
        assertThatThrownBy(() -> ErpKey.of("SAP", "V-1\nV-2"))
                .hasMessage("externalId must be one line of text without control characters");
    }

    @Test
    void aLookupByTextThatCannotBeAKeyFindsNoKeyInsteadOfFailing() {
        assertThat(ErpKey.parse("SAP", " V-1 ")).contains(ErpKey.of("SAP", "V-1"));
        assertThat(ErpKey.parse(null, "V-1")).isEmpty();
        assertThat(ErpKey.parse("SAP", " ")).isEmpty();
        assertThat(ErpKey.parse("SAP", "V".repeat(ErpKey.EXTERNAL_ID_LENGTH + 1))).isEmpty();
        assertThat(ErpKey.parse("SAP\u0000", "V-1")).isEmpty();
    }
}
