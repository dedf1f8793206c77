package org.opencoi.shared.domain;

/** AM Best financial size category, smallest (I) to largest (XV). */
public enum FinancialSizeCategory {
    I, II, III, IV, V, VI, VII, VIII, IX, X, XI, XII, XIII, XIV, XV;

    /** Whether an insurer of this size is at least as large as the given minimum. */
    public boolean meets(FinancialSizeCategory minimum) {
        return compareTo(minimum) >= 0;
    }
}
