package org.opencoi.shared.domain;

import java.util.Arrays;

/** AM Best financial strength ratings, best first. */
public enum AmBestRating {
    A_PLUS_PLUS("A++"), A_PLUS("A+"), A("A"), A_MINUS("A-"),
    B_PLUS_PLUS("B++"), B_PLUS("B+"), B("B"), B_MINUS("B-"),
    C_PLUS_PLUS("C++"), C_PLUS("C+"), C("C"), C_MINUS("C-"),
    D("D");

    private final String label;

    AmBestRating(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether this rating is as good as the given minimum or better. */
    public boolean meets(AmBestRating minimum) {
        return compareTo(minimum) <= 0;
    }

    public static AmBestRating fromLabel(String label) {
        return Arrays.stream(values())
                .filter(r -> r.label.equalsIgnoreCase(label.strip()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown AM Best rating: " + label));
    }
}
