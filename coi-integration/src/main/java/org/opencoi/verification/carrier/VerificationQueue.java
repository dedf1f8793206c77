package org.opencoi.verification.carrier;

import java.util.List;
import org.opencoi.verification.application.PendingVerification;
import org.opencoi.verification.application.VerificationResult;

/** What the carrier verification route needs of the verification queue: what is due, and what the carriers said. */
public interface VerificationQueue {

    List<PendingVerification> due(int limit);

    void record(List<VerificationResult> results);
}
