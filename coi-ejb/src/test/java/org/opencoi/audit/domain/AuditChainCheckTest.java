package org.opencoi.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AuditChainCheckTest {

    private final AuditChainHead head = new AuditChainHead();
    private final List<AuditEvent> chain = new ArrayList<>();

    AuditChainCheckTest() {
        for (int i = 1; i <= 4; i++) {
            AuditEvent event = new AuditEvent(Instant.parse("2026-11-29T10:00:00.123456789Z").plusSeconds(i), "admin",
                    AuditAction.UPDATE, "Vendor", "42", "{\"tier\":\"LOW\"}", "{\"tier\":\"HIGH " + i + "\"}", "127.0.0.1");
            head.append(event);
            chain.add(event);
        }
    }

    @Test
    void anEventIsHashedWithItsActionAsTheWordStored() {
        AuditChainHead fresh = new AuditChainHead();
        AuditEvent event = new AuditEvent(Instant.parse("2026-11-29T10:00:00.123456Z"), "admin", AuditAction.GRANT_WAIVER,
                "Vendor", "42", null, "{\"reason\":\"agreed\"}", "127.0.0.1");
        fresh.append(event);

        assertThat(event.getAction()).isEqualTo("GRANT_WAIVER");
        // The hash of this event as events written before actions were an enum were hashed.
        assertThat(event.getEventHash()).isEqualTo("f4228982214495772fa67002a8a94d72c5c77b3d42e91e9edf3e1fbe6fcac18c");
    }

    @Test
    void anUntouchedChainIsIntact() {
        AuditChainCheck check = new AuditChainCheck();

        assertThat(chain).allSatisfy(e -> assertThat(check.next(e)).isEmpty());
        assertThat(check.end(head)).isEmpty();
        assertThat(check.expectedPosition()).isEqualTo(5);
        assertThat(chain.get(0).getPreviousHash()).isEqualTo(AuditChain.GENESIS);
        assertThat(chain.get(1).getPreviousHash()).isEqualTo(chain.get(0).getEventHash());
    }

    @Test
    void anEditedEventIsTheFirstBrokenLink() throws Exception {
        Field after = AuditEvent.class.getDeclaredField("afterValue");
        after.setAccessible(true);
        after.set(chain.get(2), "{\"tier\":\"LOW\"}");

        assertThat(firstBreak(chain)).hasValueSatisfying(b -> {
            assertThat(b.position()).isEqualTo(3);
            assertThat(b.problem()).contains("content was changed");
        });
    }

    @Test
    void aRemovedEventLeavesAGap() {
        chain.remove(1);

        assertThat(firstBreak(chain)).hasValueSatisfying(b -> {
            assertThat(b.position()).isEqualTo(2);
            assertThat(b.problem()).contains("missing");
        });
    }

    @Test
    void eventsRemovedFromTheEndAreNoticedByTheHead() {
        chain.remove(3);
        AuditChainCheck check = new AuditChainCheck();
        chain.forEach(check::next);

        assertThat(check.end(head)).hasValueSatisfying(b -> assertThat(b.problem()).contains("removed from its end"));
    }

    @Test
    void hashesDependOnEveryFieldAndTellNullFromEmpty() {
        Instant at = Instant.parse("2026-01-01T00:00:00Z");
        String base = AuditChain.hash(AuditChain.GENESIS, 1, at, "a", "b", "c", "d", null, "f", "g");

        assertThat(AuditChain.hash(AuditChain.GENESIS, 1, at, "a", "b", "c", "d", "", "f", "g")).isNotEqualTo(base);
        assertThat(AuditChain.hash(AuditChain.GENESIS, 2, at, "a", "b", "c", "d", null, "f", "g")).isNotEqualTo(base);
        assertThat(AuditChain.hash(AuditChain.GENESIS, 1, at, "ab", "", "c", "d", null, "f", "g")).isNotEqualTo(base);
        assertThat(AuditChain.hash(AuditChain.GENESIS, 1, at, "a", "b", "c", "d", null, "f", "g")).isEqualTo(base);
    }

    private static Optional<AuditChainCheck.ChainBreak> firstBreak(List<AuditEvent> events) {
        AuditChainCheck check = new AuditChainCheck();
        for (AuditEvent event : events) {
            Optional<AuditChainCheck.ChainBreak> broken = check.next(event);
            if (broken.isPresent()) {
                return broken;
            }
        }
        return Optional.empty();
    }
}
