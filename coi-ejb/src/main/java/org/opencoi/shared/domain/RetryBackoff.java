package org.opencoi.shared.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * When to try a failed delivery again: after {@code first}, then twice as long after each further failure, never
 * longer than {@code longest}.
 */
public record RetryBackoff(Duration first, Duration longest) {

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
