package org.opencoi.shared.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.opencoi.shared.application.InvalidRequestException;

/** Dates as the REST API takes them in query parameters: ISO, YYYY-MM-DD. */
public final class Dates {

    private Dates() {
    }

    /** The given date, or the fallback when the parameter is absent; a malformed date is a bad request. */
    public static LocalDate parse(String parameter, String value, LocalDate fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(parameter + " must be a date as YYYY-MM-DD, not " + value);
        }
    }
}
