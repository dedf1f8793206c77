package org.opencoi.certificate.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opencoi.certificate.domain.Policy;
import org.opencoi.shared.domain.CoverageType;
import org.opencoi.shared.domain.LimitKind;
import org.opencoi.shared.domain.NaicCode;
import org.opencoi.shared.domain.PolicyNumber;

class PolicyEntryTest {

    @Test
    void theInsurersCodeIsTakenAsTypedBlanksAside() {
        assertThat(entry(" 25658 ").toPolicy().getInsurerNaic()).isEqualTo(NaicCode.of("25658"));
    }

    @Test
    void aBlankOrMissingCodeIsNone() {
        assertThat(entry(null).toPolicy().getInsurerNaic()).isNull();
        assertThat(entry("  ").toPolicy().getInsurerNaic()).isNull();
    }

    @Test
    void aCodeThatIsNotFiveDigitsIsRefusedNamingTheField() {
        assertThatThrownBy(() -> entry("1234").toPolicy())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("insurerNaic: a NAIC code is five digits, not \"1234\"");
    }

    @Test
    void theNumberIsTakenAsTypedAndABlankOneIsNone() {
        assertThat(entry("25658", " GL-1 ").toPolicy().getPolicyNumber()).isEqualTo(PolicyNumber.of("GL-1"));
        assertThat(entry("25658", " ").toPolicy().getPolicyNumber()).isNull();
    }

    @Test
    void aNumberLongerThanAnyInsurerPrintsIsRefusedNamingTheField() {
        assertThatThrownBy(() -> entry("25658", "X".repeat(61)).toPolicy())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("policyNumber: a policy number is at most 60 characters, not 61");
    }

    @Test
    void aViewGivesBackTheEntryItWasMadeFrom() {
        Policy policy = entry("01234").toPolicy();

        assertThat(PolicyView.of(policy).insurerNaic()).isEqualTo("01234");
        assertThat(PolicyView.of(policy).policyNumber()).isEqualTo("GL-1");
        assertThat(PolicyView.of(policy).toEntry().toPolicy().getInsurerNaic()).isEqualTo(NaicCode.of("01234"));
    }

    private static PolicyEntry entry(String insurerNaic) {
        return entry(insurerNaic, "GL-1");
    }

    private static PolicyEntry entry(String insurerNaic, String policyNumber) {
        return new PolicyEntry(CoverageType.GL, null, "A", "Travelers Indemnity Company", insurerNaic, policyNumber,
                LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1), null, false, false, false, false, null, Set.of(),
                Map.of(LimitKind.EACH_OCCURRENCE, BigDecimal.valueOf(1_000_000)));
    }
}
