package org.opencoi.shared.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryBackoffTest {

    private static final Instant AT = Instant.parse("2026-11-29T10:00:00Z");
    private static final RetryBackoff TEN_SECONDS_TO_AN_HOUR = new RetryBackoff(Duration.ofSeconds(10), Duration.ofHours(1));

    @Test
    void settingsReplaceOnlyTheWaitsTheyGive() {
        RetryBackoff shortened = TEN_SECONDS_TO_AN_HOUR.withSeconds(Optional.of(1L), Optional.of(5L));

        assertThat(shortened).isEqualTo(new RetryBackoff(Duration.ofSeconds(1), Duration.ofSeconds(5)));
        assertThat(shortened.nextAttempt(AT, 3)).isEqualTo(AT.plusSeconds(4));
        assertThat(shortened.nextAttempt(AT, 4)).isEqualTo(AT.plusSeconds(5));
        assertThat(TEN_SECONDS_TO_AN_HOUR.withSeconds(Optional.empty(), Optional.of(60L)))
                .isEqualTo(new RetryBackoff(Duration.ofSeconds(10), Duration.ofMinutes(1)));
        assertThat(TEN_SECONDS_TO_AN_HOUR.withSeconds(Optional.empty(), Optional.empty())).isEqualTo(TEN_SECONDS_TO_AN_HOUR);
    }

    @Test
    void aBackoffThatWouldRetryAtOnceOrShrinkIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new RetryBackoff(Duration.ZERO, Duration.ofHours(1)))
                .withMessageContaining("first wait");
        assertThatIllegalArgumentException().isThrownBy(() -> TEN_SECONDS_TO_AN_HOUR.withSeconds(Optional.of(7200L),
                Optional.empty())).withMessageContaining("longest wait");
    }
}
