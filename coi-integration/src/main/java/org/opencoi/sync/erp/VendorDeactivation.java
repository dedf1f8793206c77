package org.opencoi.sync.erp;

/** The message {@link VendorSyncRoute#DEACTIVATE_URI} takes: which vendor to deactivate, as of which ERP version. */
public record VendorDeactivation(VendorKey key, long version) {
}
