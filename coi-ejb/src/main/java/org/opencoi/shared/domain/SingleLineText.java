package org.opencoi.shared.domain;

/**
 * The rule for short, one-line texts such as names, keys and addresses: at most so many characters
 * (ignoring surrounding blanks), and no control characters (no line breaks, tabs or NUL), which no
 * such value has and which some databases refuse.
 */
public final class SingleLineText {

    private SingleLineText() {
    }

    /** What is wrong with the value for that field, or null when it is acceptable (null values are). */
    public static String problem(String field, String value, int maxLength) {
        if (value == null) {
            return null;
        }
        if (value.strip().length() > maxLength) {
            return field + " is longer than " + maxLength + " characters";
        }
        if (value.chars().anyMatch(Character::isISOControl)) {
            return field + " must be one line of text without control characters";
        }
        return null;
    }

    /** The value, stripped, or an IllegalArgumentException naming the problem. */
    public static String require(String field, String value, int maxLength) {
        String problem = problem(field, value, maxLength);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        return value == null ? null : value.strip();
    }
}
