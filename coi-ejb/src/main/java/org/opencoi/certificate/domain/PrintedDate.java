package org.opencoi.certificate.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as an ACORD 25 prints it: "MM/DD/YYYY" as the form asks, or the "M/D/YY" agents often
 * type; a two-digit year is in this century (24 is 2024), as certificate dates always are. Anything
 * else, including impossible dates such as 02/30/2025, is unreadable.
 */
public final class PrintedDate {

    private static final Pattern US_DATE = Pattern.compile("(\\d{1,2})[/-](\\d{1,2})[/-](\\d{4}|\\d{2})");

    private PrintedDate() {
    }

    public static ExtractedValue<LocalDate> parse(String text) {
        if (text == null || text.isBlank()) {
            return ExtractedValue.missing();
        }
        Matcher date = US_DATE.matcher(text.strip());
        if (!date.matches()) {
            return ExtractedValue.unreadable(text);
        }
        int year = Integer.parseInt(date.group(3));
        try {
            return ExtractedValue.read(LocalDate.of(year < 100 ? 2000 + year : year,
                    Integer.parseInt(date.group(1)), Integer.parseInt(date.group(2))), text, 1.0);
        } catch (DateTimeException e) {
            return ExtractedValue.unreadable(text);
        }
    }
}
