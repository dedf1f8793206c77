package org.opencoi.certificate.domain;

/** Reads what a received certificate document says; implemented by the PDF readers of the infrastructure. */
public interface CertificateReader {

    /**
     * The certificate as read from its form fields or its text, each value with its confidence; what the
     * document does not show is missing, never guessed. Fast: when the pages have no text to read, it
     * reads nothing and says so with {@link ExtractionMethod#NEEDS_OCR}.
     *
     * @throws UnreadableDocumentException when the document cannot be read within the reading limits, with the
     *         reason
     */
    ExtractedCertificate read(byte[] document);

    /**
     * The certificate as read by OCR, for a document whose {@link #read} gave
     * {@link ExtractionMethod#NEEDS_OCR}: each page without text is rendered and recognised. Takes
     * seconds per page, so callers run it off the request thread.
     *
     * @throws UnreadableDocumentException as {@link #read}
     */
    ExtractedCertificate readByOcr(byte[] document);
}
