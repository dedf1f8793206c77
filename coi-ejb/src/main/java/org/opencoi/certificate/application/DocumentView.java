package org.opencoi.certificate.application;

/** The original file of a certificate, byte for byte as received. */
public record DocumentView(String fileName, String contentType, String sha256, byte[] content) {
}
