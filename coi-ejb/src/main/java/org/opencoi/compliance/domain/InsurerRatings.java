package org.opencoi.compliance.domain;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.opencoi.certificate.domain.Insurer;
import org.opencoi.shared.domain.NaicCode;

/** The insurer table, keyed by NAIC company code: where the engine looks up the insurer behind a policy. */
public final class InsurerRatings {

    private final Map<NaicCode, InsurerRating> byNaicCode;

    private InsurerRatings(Map<NaicCode, InsurerRating> byNaicCode) {
        this.byNaicCode = byNaicCode;
    }

    public static InsurerRatings of(Collection<InsurerRating> ratings) {
        Map<NaicCode, InsurerRating> byNaicCode = new HashMap<>();
        for (InsurerRating rating : ratings) {
            if (byNaicCode.putIfAbsent(rating.naicCode(), rating) != null) {
                throw new IllegalArgumentException("two insurers with NAIC code " + rating.naicCode());
            }
        }
        return new InsurerRatings(byNaicCode);
    }

    public static InsurerRatings from(Collection<Insurer> insurers) {
        return of(insurers.stream().map(InsurerRating::from).toList());
    }

    /** The insurer with this NAIC code; empty when the code is missing or not in the table. */
    public Optional<InsurerRating> find(NaicCode naicCode) {
        return naicCode == null ? Optional.empty() : Optional.ofNullable(byNaicCode.get(naicCode));
    }
}
