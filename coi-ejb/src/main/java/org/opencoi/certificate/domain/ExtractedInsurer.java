package org.opencoi.certificate.domain;

import org.opencoi.shared.domain.NaicCode;

/**
 * An insurer as a certificate lists it: the letter (A-F) its policies refer to, its name and its
 * five-digit NAIC code, each as read (printed text that is no NAIC code is unreadable, kept for the reviewer).
 */
public record ExtractedInsurer(ExtractedValue<String> letter, ExtractedValue<String> name,
        ExtractedValue<NaicCode> naic) {

    /** A policy that names no insurer letter, or a letter the certificate does not list. */
    public static ExtractedInsurer unknown(ExtractedValue<String> letter) {
        return new ExtractedInsurer(letter, ExtractedValue.missing(), ExtractedValue.missing());
    }
}
