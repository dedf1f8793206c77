package org.opencoi.vendor.domain;

/**
 * Something a vendor's compliance rests on changed (the vendor was registered or given a profile, a certificate was
 * kept or reviewed, a carrier's verdict turned): fired synchronously in the transaction that changed it, so that the
 * vendor is decided again in that transaction, as the caller, and the decision commits or rolls back with the change.
 */
public record VendorFactsChanged(long vendorId) {
}
