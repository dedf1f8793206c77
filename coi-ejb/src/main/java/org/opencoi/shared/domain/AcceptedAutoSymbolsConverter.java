package org.opencoi.shared.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * A requirement's accepted auto symbols in their column, in the profile's notation ({@code ANY|HIRED+NON_OWNED}):
 * a requirement that accepts any combination keeps no text, and no text (or blank text) reads as any combination.
 */
@Converter
public class AcceptedAutoSymbolsConverter implements AttributeConverter<AcceptedAutoSymbols, String> {

    @Override
    public String convertToDatabaseColumn(AcceptedAutoSymbols symbols) {
        return symbols == null || symbols.alternatives().isEmpty() ? null : symbols.notation();
    }

    @Override
    public AcceptedAutoSymbols convertToEntityAttribute(String stored) {
        return AcceptedAutoSymbols.parse(stored);
    }
}
