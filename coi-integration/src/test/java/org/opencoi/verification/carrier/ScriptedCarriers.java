package org.opencoi.verification.carrier;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.opencoi.verification.application.CarrierEndpoint;
import org.opencoi.verification.application.CarrierUnavailableException;
import org.opencoi.verification.application.PolicyInquiry;
import org.opencoi.verification.application.PolicyVerifier;
import org.opencoi.verification.domain.CarrierAnswer;
import org.opencoi.verification.domain.CarrierStatus;

/**
 * Carriers that confirm every policy, except those set down, which give no answer; counts the calls each
 * carrier received, so that a test can tell a call the breaker let through from one it stopped.
 */
class ScriptedCarriers implements PolicyVerifier {

    final Set<String> down = ConcurrentHashMap.newKeySet();
    final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();

    @Override
    public CarrierAnswer verify(CarrierEndpoint carrier, PolicyInquiry inquiry) {
        calls.computeIfAbsent(carrier.naicCode().digits(), naic -> new AtomicInteger()).incrementAndGet();
        if (down.contains(carrier.naicCode().digits())) {
            throw new CarrierUnavailableException("carrier " + carrier.naicCode() + " gave no usable answer: read timed out", null);
        }
        return new CarrierAnswer(CarrierStatus.CONFIRMED, null, null, null, null, Map.of(), null, null,
                Instant.parse("2026-11-29T10:00:00Z"));
    }

    int callsTo(String naicCode) {
        AtomicInteger count = calls.get(naicCode);
        return count == null ? 0 : count.get();
    }
}
