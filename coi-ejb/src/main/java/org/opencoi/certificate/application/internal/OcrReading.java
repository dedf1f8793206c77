package org.opencoi.certificate.application.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jboss.ejb3.annotation.RunAsPrincipal;
import org.opencoi.audit.application.AuditTrail;
import org.opencoi.audit.domain.AuditAction;
import org.opencoi.certificate.application.CertificateView;
import org.opencoi.certificate.domain.Certificate;
import org.opencoi.certificate.domain.CertificateReader;
import org.opencoi.certificate.domain.CertificateReceived;
import org.opencoi.certificate.domain.CertificateRepository;
import org.opencoi.certificate.domain.UnreadableDocumentException;
import org.opencoi.shared.application.Roles;
import org.opencoi.vendor.domain.VendorFactsChanged;

/**
 * Reads a kept certificate whose pages have no text by OCR, each in a transaction of its own, then does what a
 * readable upload does next: the certificate is accepted or goes to review, its policies are queued for carrier
 * verification, the vendor is decided again, and the audit trail records the read ({@link AuditAction#READ}, the
 * certificate before and after). A document OCR cannot read goes to review with the reason, never stays being read.
 * The read has no caller (it runs on the server's executor, or at start), so it runs as {@value #PRINCIPAL}.
 */
@Stateless
@PermitAll
@RunAs(Roles.INTEGRATION)
@RunAsPrincipal(OcrReading.PRINCIPAL)
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class OcrReading {

    public static final String PRINCIPAL = "ocr-reading";
    private static final Logger LOG = Logger.getLogger(OcrReading.class.getName());

    @Inject
    CertificateRepository certificates;

    @Inject
    CertificateReader reader;

    @Inject
    AuditTrail audit;

    @Inject
    Event<CertificateReceived> received;

    @Inject
    Event<VendorFactsChanged> factsChanged;

    /** Reads the certificate by OCR, if it is still being read; a certificate read already is left as it is. */
    public void read(long certificateId) {
        certificates.lockBeingRead(certificateId).ifPresent(certificate -> {
            CertificateView before = CertificateView.of(certificate).audited();
            try {
                reader.readByOcr(certificate.getDocument().getContent()).fill(certificate);
            } catch (UnreadableDocumentException e) {
                certificate.notReadByOcr(e.getMessage());
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "certificate " + certificateId + " could not be read by OCR", e);
                certificate.notReadByOcr(unexpected(e));
            }
            readNow(certificate, before);
        });
    }

    /**
     * Sends a certificate still being read to review with the reason, for a read that failed on its way (after
     * {@link #read} rolled back), so that no certificate is left being read.
     */
    public void giveUp(long certificateId, String why) {
        certificates.lockBeingRead(certificateId).ifPresent(certificate -> {
            CertificateView before = CertificateView.of(certificate).audited();
            certificate.notReadByOcr(why);
            readNow(certificate, before);
        });
    }

    /** Why a read failed for a reason of the server's, not of the document's, in words a reviewer can act on. */
    static String unexpected(Throwable e) {
        return "the read failed on the server (" + e.getClass().getSimpleName() + "); please read the document and"
                + " key in what it says, the server log has the details";
    }

    private void readNow(Certificate certificate, CertificateView before) {
        certificates.flush();
        audit.record(AuditAction.READ, "Certificate", String.valueOf(certificate.getId()), before,
                CertificateView.of(certificate).audited());
        received.fire(new CertificateReceived(certificate.getId()));
        factsChanged.fire(new VendorFactsChanged(certificate.getVendor().getId()));
    }
}
