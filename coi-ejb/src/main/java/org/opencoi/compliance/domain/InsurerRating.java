package org.opencoi.compliance.domain;

import java.util.Objects;
import org.opencoi.certificate.domain.Insurer;
import org.opencoi.shared.domain.AmBestRating;
import org.opencoi.shared.domain.FinancialSizeCategory;
import org.opencoi.shared.domain.NaicCode;

/**
 * An insurer of the insurer table as the engine needs it: its NAIC code, name, AM Best financial
 * strength rating and financial size category (either may be unknown: null).
 */
public record InsurerRating(NaicCode naicCode, String name, AmBestRating rating, FinancialSizeCategory size) {

    public InsurerRating {
        Objects.requireNonNull(naicCode, "naicCode");
        Objects.requireNonNull(name, "name");
    }

    public static InsurerRating from(Insurer insurer) {
        return new InsurerRating(insurer.getNaicCode(), insurer.getName(), insurer.getAmBestRating(),
                insurer.getFinancialSizeCategory());
    }

    /** Whether the rating and size are at least the given minimums; a null minimum asks for nothing. */
    public boolean meets(AmBestRating minimumRating, FinancialSizeCategory minimumSize) {
        return (minimumRating == null || rating != null && rating.meets(minimumRating))
                && (minimumSize == null || size != null && size.meets(minimumSize));
    }
}
