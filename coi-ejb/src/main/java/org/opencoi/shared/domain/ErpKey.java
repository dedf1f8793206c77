package org.opencoi.shared.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Optional;

/**
 * The key by which an ERP knows a vendor: the system the vendor comes from and the vendor's id in that system.
 * Each part is one line of text, not blank, stripped of surrounding blanks, and fits its column; the pair names at
 * most one vendor, which keeps it for life.
 *
 * @param sourceSystem the ERP (or other system of record) that holds the vendor
 * @param externalId the vendor's id in that system
 */
@Embeddable
public record ErpKey(
        @Column(name = "source_system", nullable = false, length = SOURCE_SYSTEM_LENGTH) String sourceSystem,
        @Column(name = "external_id", nullable = false, length = EXTERNAL_ID_LENGTH) String externalId)
        implements Serializable {

    public static final int SOURCE_SYSTEM_LENGTH = 40;
    public static final int EXTERNAL_ID_LENGTH = 80;

    /** Both parts checked and stripped; a part that is blank, too long or not one line is an IllegalArgumentException. */
    public ErpKey {
        sourceSystem = requireText("sourceSystem", sourceSystem, SOURCE_SYSTEM_LENGTH);
        externalId = requireText("externalId", externalId, EXTERNAL_ID_LENGTH);
    }

    public static ErpKey of(String sourceSystem, String externalId) {
        return new ErpKey(sourceSystem, externalId);
    }

    /**
     * The key in two texts that may be anything (a lookup by an outside caller): the checked key, or empty when
     * either part cannot be part of a key, so that no vendor has it.
     */
    public static Optional<ErpKey> parse(String sourceSystem, String externalId) {
        if (isBlank(sourceSystem) || isBlank(externalId)
                || SingleLineText.problem("sourceSystem", sourceSystem, SOURCE_SYSTEM_LENGTH) != null
                || SingleLineText.problem("externalId", externalId, EXTERNAL_ID_LENGTH) != null) {
            return Optional.empty();
        }
        return Optional.of(new ErpKey(sourceSystem, externalId));
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static String requireText(String field, String value, int maxLength) {
        if (isBlank(value)) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        return SingleLineText.require(field, value, maxLength);
    }
}
