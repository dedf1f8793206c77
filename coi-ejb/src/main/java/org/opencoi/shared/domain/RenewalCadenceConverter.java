package org.opencoi.shared.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * A profile's renewal cadence in its column, as comma-separated day counts latest first ({@code 60,30,14,0,-7,-14});
 * a profile that keeps the default cadence keeps no text.
 */
@Converter
public class RenewalCadenceConverter implements AttributeConverter<RenewalCadence, String> {

    @Override
    public String convertToDatabaseColumn(RenewalCadence cadence) {
        return cadence == null ? null : cadence.toString();
    }

    @Override
    public RenewalCadence convertToEntityAttribute(String stored) {
        return stored == null || stored.isBlank() ? null : RenewalCadence.parse(stored);
    }
}
