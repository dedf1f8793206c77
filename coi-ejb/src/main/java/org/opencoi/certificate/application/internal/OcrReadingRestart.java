package org.opencoi.certificate.application.internal;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;
import org.opencoi.certificate.domain.CertificateRepository;

/**
 * At start, queues again the certificates a stopped server left being read by OCR, so that no upload is lost
 * between being kept and being read.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class OcrReadingRestart {

    private static final Logger LOG = Logger.getLogger(OcrReadingRestart.class.getName());

    @Inject
    CertificateRepository certificates;

    @Inject
    OcrQueue queue;

    @PostConstruct
    void readWhatWasLeftBeingRead() {
        List<Long> left = certificates.beingRead();
        if (!left.isEmpty()) {
            LOG.info(left.size() + " certificates were left being read by OCR; reading them again");
            left.forEach(queue::queue);
        }
    }
}
