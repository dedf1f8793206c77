package org.opencoi.shared.domain;

import java.io.Serializable;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An insurer's NAIC company code: the five digits the National Association of Insurance Commissioners gives each
 * insurance company, by which certificates name the insurer, the insurer table rates it and carriers are asked
 * about their policies. Leading zeros are part of the code ({@code 01234}).
 *
 * @param digits the five digits
 */
public record NaicCode(String digits) implements Serializable {

    private static final Pattern FIVE_DIGITS = Pattern.compile("\\d{5}");

    public NaicCode {
        if (digits == null || !FIVE_DIGITS.matcher(digits).matches()) {
            throw new InvalidNaicCodeException(digits);
        }
    }

    /** The code written as these five digits; anything else is an {@link InvalidNaicCodeException}. */
    public static NaicCode of(String digits) {
        return new NaicCode(digits);
    }

    /**
     * The code in text that may be anything (a printed certificate, a stored value never checked): the five digits
     * with surrounding blanks ignored, or empty when the text is missing or not a NAIC code.
     */
    public static Optional<NaicCode> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String stripped = text.strip();
        return FIVE_DIGITS.matcher(stripped).matches() ? Optional.of(new NaicCode(stripped)) : Optional.empty();
    }

    /** The five digits, as certificates print the code. */
    @Override
    public String toString() {
        return digits;
    }
}
