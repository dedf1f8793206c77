package org.opencoi.compliance.domain;

/** A stored waiver with the name of the vendor it was granted to, for listings across vendors. */
public record NamedWaiver(VendorWaiver waiver, String vendorName) {
}
