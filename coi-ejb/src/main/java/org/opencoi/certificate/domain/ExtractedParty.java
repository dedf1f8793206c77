package org.opencoi.certificate.domain;

/** A party a certificate names (producer, insured, certificate holder): its name and its address on one line. */
public record ExtractedParty(ExtractedValue<String> name, ExtractedValue<String> address) {

    public static final ExtractedParty MISSING = new ExtractedParty(ExtractedValue.missing(), ExtractedValue.missing());
}
