package org.opencoi.sync.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.opencoi.shared.domain.ComplianceStatus;
import org.opencoi.shared.domain.ErpKey;

class StatusChangeTest {

    private static final Instant CHANGED = Instant.parse("2026-11-29T10:00:00Z");

    private final StatusChange change = new StatusChange(7, ErpKey.of("SAP", "V-1"), ComplianceStatus.NON_COMPLIANT, CHANGED);

    @Test
    void aNewChangeIsDueAtOnce() {
        assertThat(change.getNextAttemptAt()).isEqualTo(CHANGED);
        assertThat(change.getAttempts()).isZero();
    }

    @Test
    void eachFailureDoublesTheWait() {
        Instant at = CHANGED.plusSeconds(1);
        change.failed(at, "HTTP 503", StatusChange.DEFAULT_BACKOFF);
        assertThat(change.getNextAttemptAt()).isEqualTo(at.plus(Duration.ofSeconds(10)));
        change.failed(at, "HTTP 503", StatusChange.DEFAULT_BACKOFF);
        assertThat(change.getNextAttemptAt()).isEqualTo(at.plus(Duration.ofSeconds(20)));
        change.failed(at, "HTTP 503", StatusChange.DEFAULT_BACKOFF);
        assertThat(change.getNextAttemptAt()).isEqualTo(at.plus(Duration.ofSeconds(40)));
        assertThat(change.getAttempts()).isEqualTo(3);
        assertThat(change.getLastError()).isEqualTo("HTTP 503");
    }

    @Test
    void theWaitNeverExceedsAnHour() {
        for (int i = 0; i < 30; i++) {
            change.failed(CHANGED, "refused", StatusChange.DEFAULT_BACKOFF);
        }
        assertThat(change.getNextAttemptAt()).isEqualTo(CHANGED.plus(StatusChange.LONGEST_WAIT));
    }

    @Test
    void deliveryClearsTheLastError() {
        change.failed(CHANGED, "refused", StatusChange.DEFAULT_BACKOFF);
        change.delivered(CHANGED.plusSeconds(30));

        assertThat(change.getDeliveredAt()).isEqualTo(CHANGED.plusSeconds(30));
        assertThat(change.getLastError()).isNull();
    }

    @Test
    void webhookTakesOnlyAbsoluteHttpUrls() {
        assertThat(new SyncWebhook("SAP", "https://erp.example/hooks/coi").getUrl()).isEqualTo("https://erp.example/hooks/coi");
        assertThatThrownBy(() -> new SyncWebhook("SAP", "file:///etc/passwd")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SyncWebhook("SAP", "/relative")).isInstanceOf(IllegalArgumentException.class);
    }
}
