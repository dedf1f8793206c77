package org.opencoi.load;

import java.util.List;

/** Percentiles of latencies measured by the load commands. */
final class Percentiles {

    private Percentiles() {
    }

    /** The p-th percentile, in milliseconds, of latencies in microseconds sorted ascending. */
    static double of(List<Long> sortedMicros, int p) {
        return sortedMicros.get(Math.min(sortedMicros.size() - 1, (int) Math.ceil(p / 100.0 * sortedMicros.size()) - 1)) / 1000.0;
    }
}
