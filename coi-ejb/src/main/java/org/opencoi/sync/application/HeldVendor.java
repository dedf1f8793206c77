package org.opencoi.sync.application;

import org.opencoi.vendor.domain.Vendor;

/** A vendor of one source system as OpenCOI holds it: its key, our id, and what the ERP owns of it. */
public record HeldVendor(String externalId, long vendorId, SyncedVendor synced) {

    public static HeldVendor of(Vendor v) {
        return new HeldVendor(v.getErpKey().externalId(), v.getId(), SyncedVendor.of(v));
    }
}
