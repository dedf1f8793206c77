package org.opencoi.audit.domain;

import java.util.Optional;

/**
 * Walks the audit chain in order and finds the first broken link: an event missing from its position,
 * an event that does not link to the one before it, or an event whose content no longer matches its
 * hash. At the end, the chain must end where its head says it does, or events were removed from its end.
 */
public final class AuditChainCheck {

    private long expectedPosition = 1;
    private String previousHash = AuditChain.GENESIS;

    /** The break this event shows, if any; once a break is found the walk should stop. */
    public Optional<ChainBreak> next(AuditEvent event) {
        if (event.getChainPosition() != expectedPosition) {
            return Optional.of(new ChainBreak(expectedPosition, event.getId(),
                    "the event at position " + expectedPosition + " is missing"));
        }
        if (!event.getPreviousHash().equals(previousHash)) {
            return Optional.of(new ChainBreak(expectedPosition, event.getId(),
                    "the event does not link to the event before it"));
        }
        if (!event.contentHash().equals(event.getEventHash())) {
            return Optional.of(new ChainBreak(expectedPosition, event.getId(),
                    "the event's content was changed after it was written"));
        }
        previousHash = event.getEventHash();
        expectedPosition++;
        return Optional.empty();
    }

    /** After the last event: whether the chain ends where its head says. */
    public Optional<ChainBreak> end(AuditChainHead head) {
        if (head.getLastPosition() != expectedPosition - 1 || !head.getLastHash().equals(previousHash)) {
            return Optional.of(new ChainBreak(expectedPosition, null, "the chain ends at position "
                    + (expectedPosition - 1) + " but its head records " + head.getLastPosition()
                    + ": events were removed from its end"));
        }
        return Optional.empty();
    }

    /** The next position the walk expects; one more than the number of events found intact. */
    public long expectedPosition() {
        return expectedPosition;
    }

    /** Where and why the chain is broken. */
    public record ChainBreak(long position, Long eventId, String problem) {
    }
}
