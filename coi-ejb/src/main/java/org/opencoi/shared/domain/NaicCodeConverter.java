package org.opencoi.shared.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * A NAIC code in a column of unchecked text (a policy's insurer, as read or typed before codes were checked): only
 * a code is ever written, and a stored value that is not five digits reads as no code rather than making its row
 * unloadable.
 */
@Converter
public class NaicCodeConverter implements AttributeConverter<NaicCode, String> {

    @Override
    public String convertToDatabaseColumn(NaicCode code) {
        return code == null ? null : code.digits();
    }

    @Override
    public NaicCode convertToEntityAttribute(String stored) {
        return NaicCode.parse(stored).orElse(null);
    }
}
