package org.opencoi.certificate.application;

import jakarta.ejb.Local;
import java.util.List;

/** Receiving certificate documents and reading them. */
@Local
public interface CertificateIntakeService {

    /** Keeps the original, reads it, and returns what was read; a file received before is refused. */
    CertificateView receive(long vendorId, String fileName, byte[] content);

    List<CertificateView> ofVendor(long vendorId);
}
