package org.opencoi.shared.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * When to try a failed delivery again: after {@code first}, then twice as long after each further failure, never
 * longer than {@code longest}.
 */
public record RetryBackoff(Duration first, Duration longest) {

    public RetryBackoff {
        if (Objects.requireNonNull(first, "first").isNegative() || first.isZero()) {
            throw new IllegalArgumentException("the first wait must be longer than nothing, not " + first);
        }
        if (Objects.requireNonNull(longest, "longest").compareTo(first) < 0) {
            throw new IllegalArgumentException("the longest wait (" + longest + ") must not be shorter than the first ("
                    + first + ")");
        }
    }

    /** This backoff with the first and the longest wait replaced where a number of seconds is given (settings). */
    public RetryBackoff withSeconds(Optional<Long> firstSeconds, Optional<Long> longestSeconds) {
        return new RetryBackoff(firstSeconds.map(Duration::ofSeconds).orElse(first),
                longestSeconds.map(Duration::ofSeconds).orElse(longest));
    }

    /** The next attempt after the given number of failed attempts (at least 1), the last at {@code at}. */
    public Instant nextAttempt(Instant at, int failedAttempts) {
        Duration wait = failedAttempts > 20 ? longest : first.multipliedBy(1L << (failedAttempts - 1));
        return at.plus(wait.compareTo(longest) > 0 ? longest : wait);
    }

    /** An error message cut to what a column of {@code length} characters holds. */
    public static String fit(String error, int length) {
        return error == null || error.length() <= length ? error : error.substring(0, length);
    }
}
