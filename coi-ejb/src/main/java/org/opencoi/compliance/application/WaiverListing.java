package org.opencoi.compliance.application;

/** One waiver in the list across vendors: the waiver and the name of its vendor. */
public record WaiverListing(String vendorName, WaiverView waiver) {
}
