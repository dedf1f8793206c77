package org.opencoi.vendor.application;

import java.util.List;
import org.opencoi.vendor.domain.Vendor;

/** Vendors as listings ask for them: by criteria, in an order, a page at a time. */
public interface VendorSearch {

    /** One page of the vendors matching the criteria, with their profiles, in the given order. */
    List<Vendor> search(VendorCriteria criteria, VendorOrder order, int offset, int limit);

    long count(VendorCriteria criteria);
}
