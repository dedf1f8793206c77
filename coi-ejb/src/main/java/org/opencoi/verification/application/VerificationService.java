package org.opencoi.verification.application;

import java.util.List;
import org.opencoi.shared.domain.NaicCode;

/**
 * The verification queue and its results. New certificates' policies are queued in the transaction that
 * keeps the certificate; the integration route takes the due ones, asks their carriers and reports each
 * answer, or that the carrier did not answer.
 */
public interface VerificationService {

    /** Up to {@code limit} due verifications, leased so that they are not handed out twice. */
    List<PendingVerification> due(int limit);

    /**
     * Keeps what the carriers said, in one transaction: an answer is judged against the certificate, and a
     * vendor with a verification that starts or stops failing is decided again; a carrier that did not
     * answer leaves the policy UNAVAILABLE, asked again later, never a deficiency.
     */
    void record(List<VerificationResult> results);

    List<VerificationView> ofCertificate(long certificateId);

    List<VerificationView> ofVendor(long vendorId);

    /** NAIC codes of the carriers with a service, for the re-verification job's partitions. */
    List<NaicCode> verifiableCarriers();

    /**
     * Queues the carrier's policies that expire within {@code windowDays} of today or were not answered
     * about in the last {@code windowDays}; returns how many.
     */
    int queueRecheck(NaicCode naicCode, int windowDays);
}
