package org.opencoi.certificate.domain;

import java.util.Optional;
import java.util.function.Function;

/**
 * One value read from a certificate, with the text it was read from, how far it can be trusted
 * (0 to 1) and, where the reader knows it, where on the pages it was read. A value is missing (confidence 0) when the certificate shows nothing for it; it is
 * unreadable (no value, low confidence, the text kept for the reviewer) when the certificate shows
 * something that does not parse, such as "see attached" where an amount belongs. Nothing is ever
 * guessed: a value is either read or absent.
 */
public record ExtractedValue<T>(T value, String text, double confidence, PageRegion where) {

    /** Values at or above this confidence may be decided on without a human looking at them. */
    public static final double CONFIDENT = 0.7;

    /** The confidence of text that is there but does not read as the value expected. */
    public static final double UNREADABLE_CONFIDENCE = 0.1;

    private static final ExtractedValue<?> MISSING = new ExtractedValue<>(null, null, 0.0, null);

    public ExtractedValue {
        if (confidence < 0.0 || confidence > 1.0) {
            throw new IllegalArgumentException("confidence must be between 0 and 1: " + confidence);
        }
        if (value == null && confidence > UNREADABLE_CONFIDENCE) {
            throw new IllegalArgumentException("an absent value cannot be confident");
        }
    }

    @SuppressWarnings("unchecked")
    public static <T> ExtractedValue<T> missing() {
        return (ExtractedValue<T>) MISSING;
    }

    public static <T> ExtractedValue<T> read(T value, String text, double confidence) {
        return new ExtractedValue<>(value, text, confidence, null);
    }

    public static <T> ExtractedValue<T> unreadable(String text) {
        return new ExtractedValue<>(null, text, UNREADABLE_CONFIDENCE, null);
    }

    public boolean isPresent() {
        return value != null;
    }

    /** Whether the value is there and trusted enough to decide on. */
    public boolean isConfident() {
        return value != null && confidence >= CONFIDENT;
    }

    /** The same reading, trusted as much as the way it was read allows: parse confidence times source confidence. */
    public ExtractedValue<T> readBy(ExtractionMethod method) {
        return value == null ? this : new ExtractedValue<>(value, text, confidence * method.confidence(), where);
    }

    public <R> ExtractedValue<R> map(Function<? super T, ? extends R> mapping) {
        return value == null ? new ExtractedValue<>(null, text, confidence, where)
                : new ExtractedValue<>(mapping.apply(value), text, confidence, where);
    }

    /** The same reading, read from the given place; a missing value stays missing, with nowhere to show. */
    public ExtractedValue<T> at(PageRegion region) {
        return value == null && text == null ? this : new ExtractedValue<>(value, text, confidence, region);
    }

    public Optional<PageRegion> region() {
        return Optional.ofNullable(where);
    }
}
