package org.opencoi.certificate.application;

import jakarta.ejb.Local;
import java.util.List;

/** Receiving certificate documents and reading them. */
@Local
public interface CertificateIntakeService {

    /**
     * Keeps the original, reads it, has the vendor decided again on it, and returns what was read;
     * a file received before is refused. A document whose pages have no text is kept at once and answered
     * {@link CertificateView#reading() reading}: it is read by OCR after this call, and decided on then.
     */
    CertificateView receive(long vendorId, String fileName, byte[] content);

    /** Records a certificate keyed in by hand and decides the vendor on it. */
    CertificateView enter(long vendorId, CertificateEntry entry);

    List<CertificateView> ofVendor(long vendorId);

    /** One certificate: while it is being read, {@link CertificateView#reading()}; then what was read from it. */
    CertificateView find(long certificateId);

    /** Certificates matching the criteria, newest first. */
    List<CertificateView> search(CertificateCriteria criteria, int offset, int limit);

    /** The original file of a certificate; a certificate keyed in by hand has none. */
    DocumentView document(long certificateId);
}
