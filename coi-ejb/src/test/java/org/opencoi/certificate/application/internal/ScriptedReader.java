package org.opencoi.certificate.application.internal;

import java.util.function.Supplier;
import org.opencoi.certificate.domain.CertificateReader;
import org.opencoi.certificate.domain.ExtractedCertificate;

/** A reader that answers what the test says, for the text read and for the OCR read, and counts the OCR reads. */
final class ScriptedReader implements CertificateReader {

    Supplier<ExtractedCertificate> read = () -> {
        throw new AssertionError("nothing was to be read");
    };
    Supplier<ExtractedCertificate> ocr = () -> {
        throw new AssertionError("nothing was to be read by OCR");
    };
    int ocrReads;

    @Override
    public ExtractedCertificate read(byte[] document) {
        return read.get();
    }

    @Override
    public ExtractedCertificate readByOcr(byte[] document) {
        ocrReads++;
        return ocr.get();
    }
}
