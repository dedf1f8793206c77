package org.opencoi.certificate.domain;

/** Reads what a received certificate document says; implemented by the PDF readers of the infrastructure. */
public interface CertificateReader {

    /**
     * The certificate as read, each value with its confidence; what the document does not show is missing,
     * never guessed.
     *
     * @throws UnreadableDocumentException when the document cannot be read within the reading limits, with the
     *         reason
     */
    ExtractedCertificate read(byte[] document);
}
