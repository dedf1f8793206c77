package org.opencoi.verification.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.opencoi.shared.domain.LimitKind;
import org.opencoi.shared.domain.Limits;

/**
 * A carrier's answer about one policy, as the CarrierVerification contract carries it.
 *
 * @param reasonCode the carrier's code for a status other than CONFIRMED; null when none
 * @param limits amounts by the carrier's coverage code (the names of {@link LimitKind}
 *        for the codes OpenCOI knows)
 * @param additionalInsured null when the carrier does not say
 * @param waiverOfSubrogation null when the carrier does not say
 */
public record CarrierAnswer(
        CarrierStatus status,
        String reasonCode,
        LocalDate effectiveDate,
        LocalDate expirationDate,
        LocalDate cancellationDate,
        Map<String, BigDecimal> limits,
        Boolean additionalInsured,
        Boolean waiverOfSubrogation,
        Instant answeredAt) {

    public CarrierAnswer {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(answeredAt, "answeredAt");
        limits = Map.copyOf(limits);
    }

    /** The limits under the codes OpenCOI knows, by kind; a code it does not know is kept but held to nothing. */
    public Limits knownLimits() {
        Map<LimitKind, BigDecimal> known = new EnumMap<>(LimitKind.class);
        for (LimitKind kind : LimitKind.values()) {
            BigDecimal amount = limits.get(kind.name());
            if (amount != null) {
                known.put(kind, amount);
            }
        }
        return Limits.fromAmounts(known);
    }
}
