package org.opencoi.verification.carrier;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.opencoi.shared.domain.CoverageType;
import org.opencoi.shared.domain.NaicCode;
import org.opencoi.shared.domain.PolicyNumber;
import org.opencoi.verification.application.CarrierEndpoint;
import org.opencoi.verification.application.PendingVerification;
import org.opencoi.verification.application.PolicyInquiry;
import org.opencoi.verification.application.VerificationResult;
import org.opencoi.verification.domain.CarrierAnswer;

/**
 * A verification queue in memory: each added verification is handed out once (the real queue leases it),
 * and every result is kept by verification id, for the route tested without a database.
 */
public class InMemoryVerificationQueue implements VerificationQueue {

    private final List<PendingVerification> waiting = new ArrayList<>();
    public final Map<Long, CarrierAnswer> answers = new ConcurrentHashMap<>();
    public final Map<Long, String> unavailable = new ConcurrentHashMap<>();
    private long lastId;

    public synchronized PendingVerification add(String naicCode) {
        NaicCode code = NaicCode.of(naicCode);
        var carrier = new CarrierEndpoint(code, "http://127.0.0.1:1/carrier/" + naicCode, null, null, false, 1_000, 1_000);
        var pending = new PendingVerification(++lastId, carrier, new PolicyInquiry(PolicyNumber.of("GL-" + lastId), code,
                CoverageType.GL, "Acme Roofing LLC", null, LocalDate.of(2026, 11, 29)));
        waiting.add(pending);
        return pending;
    }

    @Override
    public synchronized List<PendingVerification> due(int limit) {
        List<PendingVerification> due = new ArrayList<>(waiting.subList(0, Math.min(limit, waiting.size())));
        waiting.removeAll(due);
        return due;
    }

    @Override
    public void record(List<VerificationResult> results) {
        for (VerificationResult result : results) {
            if (result.answer() != null) {
                answers.put(result.verificationId(), result.answer());
            } else {
                unavailable.put(result.verificationId(), result.error());
            }
        }
    }
}
