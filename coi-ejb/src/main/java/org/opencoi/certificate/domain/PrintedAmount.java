package org.opencoi.certificate.domain;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A money amount as agents print it on certificates: "1,000,000", "$1,000,000", "$ 1,000,000",
 * "1000000", "1,000,000.00", or the trade's shorthand "500K", "1M", "2MM", "1.5M", "$2MM" (M and
 * MM both mean million). Anything else ("N/A", "see attached", "Statutory") is unreadable, never
 * an approximation.
 */
public final class PrintedAmount {

    private static final Pattern DIGITS = Pattern.compile("(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d{1,2})?");
    private static final Pattern SHORTHAND = Pattern.compile("(\\d+(?:\\.\\d+)?) ?(K|MM|M)");
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1_000);
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

    private PrintedAmount() {
    }

    /** The amount the text states, in whole currency units where it has no cents; missing when blank. */
    public static ExtractedValue<BigDecimal> parse(String text) {
        if (text == null || text.isBlank()) {
            return ExtractedValue.missing();
        }
        String amount = text.strip();
        if (amount.startsWith("$")) {
            amount = amount.substring(1).stripLeading();
        }
        amount = amount.toUpperCase(Locale.ROOT);
        Matcher digits = DIGITS.matcher(amount);
        if (digits.matches()) {
            return ExtractedValue.read(whole(new BigDecimal(amount.replace(",", ""))), text, 1.0);
        }
        Matcher shorthand = SHORTHAND.matcher(amount);
        if (shorthand.matches()) {
            BigDecimal unit = "K".equals(shorthand.group(2)) ? THOUSAND : MILLION;
            return ExtractedValue.read(whole(new BigDecimal(shorthand.group(1)).multiply(unit)), text, 1.0);
        }
        return ExtractedValue.unreadable(text);
    }

    /** 1,000,000.00 and 1M are the same limit: drop a zero fraction so that amounts compare equal. */
    private static BigDecimal whole(BigDecimal amount) {
        BigDecimal stripped = amount.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
