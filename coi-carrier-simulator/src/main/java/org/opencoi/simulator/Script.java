package org.opencoi.simulator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * What the simulated carrier answers, as an admin scripts it (JSON). Unset fields are not stated in the
 * answer; an unset behaviour is ANSWER and an unset status CONFIRMED.
 *
 * @param limits amounts by coverage code (EACH_OCCURRENCE, GENERAL_AGGREGATE, ...)
 */
public record Script(
        Behaviour behaviour,
        String status,
        String reasonCode,
        LocalDate effectiveDate,
        LocalDate expirationDate,
        LocalDate cancellationDate,
        Map<String, BigDecimal> limits,
        Boolean additionalInsured,
        Boolean waiverOfSubrogation,
        Long delayMillis) {

    /** The answer of a carrier that confirms the policy and states nothing more. */
    public static final Script CONFIRM = new Script(Behaviour.ANSWER, "CONFIRMED", null, null, null, null, null, null,
            null, null);

    public Behaviour behaviourOrDefault() {
        return behaviour == null ? Behaviour.ANSWER : behaviour;
    }
}
