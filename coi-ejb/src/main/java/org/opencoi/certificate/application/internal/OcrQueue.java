package org.opencoi.certificate.application.internal;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.opencoi.certificate.domain.CertificateAwaitingOcr;

/**
 * Reads certificates whose pages have no text off the request thread, on the server's default managed executor:
 * an upload is answered at once, and its certificate is read once the upload has committed ({@link OcrReading}, a
 * transaction per read). A read that fails on its way sends the certificate to review; one the server stops
 * before it runs is read at the next start ({@link OcrReadingRestart}).
 */
@ApplicationScoped
public class OcrQueue {

    private static final Logger LOG = Logger.getLogger(OcrQueue.class.getName());

    @Resource
    ManagedExecutorService executor;

    @Inject
    OcrReading reading;

    void uploaded(@Observes(during = TransactionPhase.AFTER_SUCCESS) CertificateAwaitingOcr kept) {
        queue(kept.certificateId());
    }

    /** Reads the certificate by OCR as soon as the executor has a thread for it. */
    public void queue(long certificateId) {
        try {
            executor.execute(() -> read(certificateId));
        } catch (RejectedExecutionException e) {
            LOG.log(Level.WARNING, "certificate " + certificateId + " is read by OCR at the next start: the server"
                    + " took no more work", e);
        }
    }

    void read(long certificateId) {
        try {
            reading.read(certificateId);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "reading certificate " + certificateId + " by OCR failed; it goes to review", e);
            reading.giveUp(certificateId, OcrReading.unexpected(e));
        }
    }
}
