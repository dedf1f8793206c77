package org.opencoi.certificate.domain;

/** The received file cannot be read as a PDF at all. */
public class UnreadableDocumentException extends RuntimeException {

    public UnreadableDocumentException(String message, Throwable cause) {
        super(message, cause);
    }
}
