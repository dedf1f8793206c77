package org.opencoi.shared.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Limits: an amount per limit kind, in the kinds' order, equal by value. */
class LimitsTest {

    @Test
    void aStatedKindHasItsAmountAndAnUnstatedOneHasNone() {
        Limits limits = Limits.fromAmounts(Map.of(LimitKind.EACH_OCCURRENCE, new BigDecimal("1000000")));

        assertThat(limits.of(LimitKind.EACH_OCCURRENCE)).contains(Money.of(1_000_000));
        assertThat(limits.has(LimitKind.EACH_OCCURRENCE)).isTrue();
        assertThat(limits.of(LimitKind.GENERAL_AGGREGATE)).isEmpty();
        assertThat(limits.has(LimitKind.GENERAL_AGGREGATE)).isFalse();
        assertThat(limits.isEmpty()).isFalse();
    }

    @Test
    void noAmountsAreNone() {
        assertThat(Limits.fromAmounts(Map.of())).isSameAs(Limits.NONE);
        assertThat(Limits.from(new HashMap<>())).isEqualTo(Limits.NONE);
        assertThat(Limits.NONE.isEmpty()).isTrue();
        assertThat(Limits.NONE.kinds()).isEmpty();
    }

    @Test
    void kindsComeInTheirDeclaredOrderWhateverOrderTheyWereGivenIn() {
        Map<LimitKind, BigDecimal> given = new LinkedHashMap<>();
        given.put(LimitKind.EL_EACH_ACCIDENT, BigDecimal.ONE);
        given.put(LimitKind.COMBINED_SINGLE_LIMIT, BigDecimal.TEN);
        given.put(LimitKind.EACH_OCCURRENCE, BigDecimal.valueOf(2));

        Limits limits = Limits.fromAmounts(given);

        assertThat(limits.kinds()).containsExactly(LimitKind.EACH_OCCURRENCE, LimitKind.COMBINED_SINGLE_LIMIT,
                LimitKind.EL_EACH_ACCIDENT);
        assertThat(limits.stream().map(Map.Entry::getKey)).containsExactly(LimitKind.EACH_OCCURRENCE,
                LimitKind.COMBINED_SINGLE_LIMIT, LimitKind.EL_EACH_ACCIDENT);
        assertThat(limits.entries()).extracting(Map.Entry::getValue)
                .containsExactly(Money.of(2), Money.of(10), Money.of(1));
        assertThat(limits.amounts().keySet()).containsExactly(LimitKind.EACH_OCCURRENCE,
                LimitKind.COMBINED_SINGLE_LIMIT, LimitKind.EL_EACH_ACCIDENT);
    }

    @Test
    void amountsAreEqualByValueWhateverTheirScale() {
        Limits written = Limits.fromAmounts(Map.of(LimitKind.EACH_OCCURRENCE, new BigDecimal("1000000")));
        Limits stored = Limits.fromAmounts(Map.of(LimitKind.EACH_OCCURRENCE, new BigDecimal("1000000.00")));

        assertThat(stored).isEqualTo(written).hasSameHashCodeAs(written);
        assertThat(stored).isNotEqualTo(Limits.fromAmounts(Map.of(LimitKind.EACH_OCCURRENCE, new BigDecimal("999999.99"))));
        assertThat(stored).isNotEqualTo(Limits.fromAmounts(Map.of(LimitKind.GENERAL_AGGREGATE, new BigDecimal("1000000"))));
    }

    @Test
    void theAmountsKeepTheScaleTheyWereWrittenWith() {
        Limits stored = Limits.from(Map.of(LimitKind.PROPERTY_DAMAGE, Money.of(new BigDecimal("250000.00"))));

        assertThat(stored.amounts()).containsExactly(Map.entry(LimitKind.PROPERTY_DAMAGE, new BigDecimal("250000.00")));
    }

    @Test
    void aLaterChangeToTheGivenMapChangesNothing() {
        Map<LimitKind, BigDecimal> given = new HashMap<>(Map.of(LimitKind.EACH_OCCURRENCE, BigDecimal.ONE));
        Limits limits = Limits.fromAmounts(given);

        given.put(LimitKind.GENERAL_AGGREGATE, BigDecimal.TEN);

        assertThat(limits.kinds()).containsExactly(LimitKind.EACH_OCCURRENCE);
        assertThatThrownBy(() -> limits.amounts().put(LimitKind.GENERAL_AGGREGATE, BigDecimal.TEN))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> limits.entries().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aKindWithoutAnAmountIsRefused() {
        Map<LimitKind, BigDecimal> given = new HashMap<>();
        given.put(LimitKind.EACH_OCCURRENCE, null);

        assertThatNullPointerException().isThrownBy(() -> Limits.fromAmounts(given))
                .withMessageContaining("EACH_OCCURRENCE");
    }

    @Test
    void printsEachKindWithItsFormattedAmount() {
        Limits limits = Limits.fromAmounts(Map.of(LimitKind.GENERAL_AGGREGATE, new BigDecimal("2000000.50"),
                LimitKind.EACH_OCCURRENCE, new BigDecimal("1000000")));

        assertThat(limits).hasToString("{EACH_OCCURRENCE=$1,000,000, GENERAL_AGGREGATE=$2,000,000.50}");
    }
}
