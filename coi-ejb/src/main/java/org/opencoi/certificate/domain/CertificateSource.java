package org.opencoi.certificate.domain;

/** How a certificate reached us. */
public enum CertificateSource {
    UPLOAD, MANUAL_ENTRY, VENDOR_LINK, ERP
}
