package org.opencoi.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RenewalRequestTest {

    private static final Instant QUEUED = Instant.parse("2026-11-29T02:00:00Z");

    private static RenewalRequest request() {
        LocalDate day = LocalDate.of(2026, 11, 29);
        return new RenewalRequest(5, day.plusDays(30), 30, day, day.plusDays(30),
                List.of("GL policy GL-1 expires on 2026-12-29."), List.of("office@acme.example", "agent@broker.example"), QUEUED);
    }

    @Test
    void failedSendsWaitTwiceAsLongEachTimeUpToTheLongestWait() {
        RenewalRequest r = request();

        r.failed(QUEUED, "connection refused", RenewalRequest.DEFAULT_BACKOFF);
        assertThat(r.getNextAttemptAt()).isEqualTo(QUEUED.plus(RenewalRequest.FIRST_RETRY));
        r.failed(QUEUED, "connection refused", RenewalRequest.DEFAULT_BACKOFF);
        assertThat(r.getNextAttemptAt()).isEqualTo(QUEUED.plus(RenewalRequest.FIRST_RETRY.multipliedBy(2)));
        for (int i = 0; i < 30; i++) {
            r.failed(QUEUED, "connection refused", RenewalRequest.DEFAULT_BACKOFF);
        }
        assertThat(r.getNextAttemptAt()).isEqualTo(QUEUED.plus(RenewalRequest.LONGEST_WAIT));
        assertThat(r.getAttempts()).isEqualTo(32);
        assertThat(r.getLastError()).isEqualTo("connection refused");
    }

    @Test
    void aSentRequestForgetsItsLastError() {
        RenewalRequest r = request();
        r.failed(QUEUED, "451 try later", RenewalRequest.DEFAULT_BACKOFF);

        r.sent(QUEUED.plus(Duration.ofMinutes(1)));

        assertThat(r.getSentAt()).isEqualTo(QUEUED.plus(Duration.ofMinutes(1)));
        assertThat(r.getLastError()).isNull();
        assertThat(r.getRecipients()).containsExactly("office@acme.example", "agent@broker.example");
    }

    @Test
    void aRequestNeedsSomeoneToWriteTo() {
        LocalDate day = LocalDate.of(2026, 11, 29);
        assertThatIllegalArgumentException().isThrownBy(
                () -> new RenewalRequest(5, day, 0, day, day.plusDays(30), List.of("x"), List.of(), QUEUED));
    }

    @Test
    void aSendIsBegunOnceSoThatACrashMidSendNeverSendsTwice() {
        RenewalRequest r = request();

        assertThat(r.beginSending(QUEUED)).isTrue();
        assertThat(r.beginSending(QUEUED)).as("begun and not ended: may have gone out").isFalse();
        r.failed(QUEUED, "554 refused", RenewalRequest.DEFAULT_BACKOFF);
        assertThat(r.getSendingSince()).isNull();
        assertThat(r.beginSending(QUEUED.plusSeconds(60))).as("a refused mail is tried again").isTrue();
        r.sent(QUEUED.plusSeconds(61));
        assertThat(r.beginSending(QUEUED.plusSeconds(120))).isFalse();
    }
}
