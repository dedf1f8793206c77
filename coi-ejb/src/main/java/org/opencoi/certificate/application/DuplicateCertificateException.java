package org.opencoi.certificate.application;

import jakarta.ejb.ApplicationException;

/** The very same file has been received before. */
@ApplicationException(rollback = true)
public class DuplicateCertificateException extends RuntimeException {

    public DuplicateCertificateException(String sha256) {
        super("this file (SHA-256 " + sha256 + ") has been received before");
    }
}
