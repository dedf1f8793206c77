package org.opencoi.certificate.domain;

/**
 * How the data of a certificate was read from its PDF, and how much a value read that way is
 * trusted before anything else is known about it: a form field says exactly what the agent typed,
 * text placed on a page has to be matched to the printed labels, and an unreadable document gives
 * nothing at all.
 */
public enum ExtractionMethod {
    /** The ACORD 25 AcroForm fields, by their names. */
    ACROFORM(1.0),
    /** The text layer of a flattened or printed ACORD 25, by its position next to the printed labels. */
    TEXT_LAYOUT(0.8),
    /** The page rendered to an image and read by optical character recognition: a scan, or text drawn as outlines. */
    OCR(0.75),
    /**
     * Nothing read yet: the pages have no text to read, so they are to be read by OCR, which takes
     * seconds and so runs after the upload has been answered.
     */
    NEEDS_OCR(0.0),
    /** Neither form fields nor an ACORD 25 text layer nor recognisable print: not an ACORD 25, or unreadable. */
    UNREADABLE(0.0);

    private final double confidence;

    ExtractionMethod(double confidence) {
        this.confidence = confidence;
    }

    /** The confidence of a value read this way whose text parsed cleanly. */
    public double confidence() {
        return confidence;
    }
}
