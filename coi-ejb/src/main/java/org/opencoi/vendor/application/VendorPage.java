package org.opencoi.vendor.application;

import java.util.List;

/** One page of a vendor listing and the size of the whole listing. */
public record VendorPage(List<VendorView> items, int offset, int limit, long total) {
}
