package org.opencoi.sync.erp;

/**
 * The business key an ERP knows a vendor by: the system of record and the vendor's id in it. Both
 * parts are needed, since external ids are only unique within their source system.
 */
public record VendorKey(String sourceSystem, String externalId) {

    public VendorKey {
        if (sourceSystem == null || sourceSystem.isBlank()) {
            throw new IllegalArgumentException("sourceSystem is required");
        }
        if (externalId == null || externalId.isBlank()) {
            throw new IllegalArgumentException("externalId is required");
        }
    }

    @Override
    public String toString() {
        return sourceSystem + "/" + externalId;
    }
}
