package org.opencoi.certificate.application;

import java.util.List;
import org.opencoi.certificate.domain.Certificate;

/** Certificates as lookups ask for them: by criteria, a page at a time. */
public interface CertificateSearch {

    /** Certificates matching every criterion given; newest first. */
    List<Certificate> search(CertificateCriteria criteria, int offset, int limit);
}
