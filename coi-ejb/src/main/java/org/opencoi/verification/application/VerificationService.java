package org.opencoi.verification.application;

import java.time.LocalDate;
import java.util.List;
import org.opencoi.verification.domain.CarrierAnswer;

/**
 * The verification queue and its results. New certificates' policies are queued in the transaction that
 * keeps the certificate; the integration route takes the due ones, asks their carriers and reports each
 * answer, or that the carrier did not answer.
 */
public interface VerificationService {

    /** Up to {@code limit} due verifications, leased so that they are not handed out twice. */
    List<PendingVerification> due(int limit);

    /** Keeps the carrier's answer; a verification failing or no longer failing decides the vendor again. */
    VerificationView answered(long verificationId, CarrierAnswer answer);

    /** The carrier did not answer: UNAVAILABLE, asked again later; never a deficiency. */
    VerificationView unavailable(long verificationId, String error);

    List<VerificationView> ofCertificate(long certificateId);

    List<VerificationView> ofVendor(long vendorId);

    /** NAIC codes of the carriers with a service, for the re-verification job's partitions. */
    List<String> verifiableCarriers();

    /**
     * Queues the carrier's policies that expire within {@code windowDays} of today or were not answered
     * about in the last {@code windowDays}; returns how many.
     */
    int queueRecheck(String naicCode, int windowDays);
}
