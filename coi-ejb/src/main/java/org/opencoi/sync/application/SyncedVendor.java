package org.opencoi.sync.application;

import org.opencoi.vendor.domain.Vendor;

/**
 * The part of a vendor an ERP owns, as it is held: what a sync compares to tell UPDATED from UNCHANGED,
 * and what its audit events record before and after.
 */
public record SyncedVendor(String name, String taxId, String tier, String contactEmail, String agentEmail,
        String addressLine, String city, String state, String postalCode, String country, boolean active,
        Long sourceVersion) {

    public static SyncedVendor of(Vendor v) {
        return new SyncedVendor(v.getName(), v.getTaxId(), v.getTier(), v.getContactEmail(), v.getAgentEmail(),
                v.getAddressLine(), v.getCity(), v.getState(), v.getPostalCode(), v.getCountry(), v.isActive(),
                v.getSourceVersion());
    }

    /** Whether the ERP's content differs, leaving aside the version it came with. */
    public boolean sameContentAs(SyncedVendor other) {
        return withoutVersion().equals(other.withoutVersion());
    }

    private SyncedVendor withoutVersion() {
        return new SyncedVendor(name, taxId, tier, contactEmail, agentEmail, addressLine, city, state, postalCode,
                country, active, null);
    }
}
