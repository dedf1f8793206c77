package org.opencoi.verification.application;

import java.io.Serializable;
import org.opencoi.verification.domain.CarrierAnswer;

/**
 * What came of asking a carrier about one queued verification: its answer, or why there was none.
 *
 * @param answer null when the carrier gave no usable answer
 * @param error why the carrier gave no usable answer; null when it answered
 */
public record VerificationResult(long verificationId, CarrierAnswer answer, String error) implements Serializable {

    public VerificationResult {
        if ((answer == null) == (error == null)) {
            throw new IllegalArgumentException("a result is an answer or an error, not both or neither");
        }
    }

    public static VerificationResult answered(long verificationId, CarrierAnswer answer) {
        return new VerificationResult(verificationId, answer, null);
    }

    public static VerificationResult unavailable(long verificationId, String error) {
        return new VerificationResult(verificationId, null, error == null ? "no answer" : error);
    }
}
