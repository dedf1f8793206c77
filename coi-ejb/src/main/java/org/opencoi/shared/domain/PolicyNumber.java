package org.opencoi.shared.domain;

import java.io.Serializable;
import java.util.Optional;

/**
 * The number an insurer gives a policy, as the certificate shows it and the carrier is asked about it: text without
 * its surrounding blanks, never blank and at most {@value #MAX_LENGTH} characters (the longest any insurer prints
 * fits).
 *
 * @param text the number, stripped
 */
public record PolicyNumber(String text) implements Serializable {

    public static final int MAX_LENGTH = 60;

    public PolicyNumber {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a policy number cannot be blank");
        }
        text = text.strip();
        if (text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("a policy number is at most " + MAX_LENGTH + " characters, not "
                    + text.length());
        }
    }

    /** The number written as this text; blank or over-long text is an IllegalArgumentException. */
    public static PolicyNumber of(String text) {
        return new PolicyNumber(text);
    }

    /** The number in text that may be missing or blank (a value stored before numbers were checked): empty then. */
    public static Optional<PolicyNumber> parse(String text) {
        return text == null || text.isBlank() ? Optional.empty() : Optional.of(new PolicyNumber(text));
    }

    @Override
    public String toString() {
        return text;
    }
}
