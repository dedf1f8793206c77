package org.opencoi.vendor.domain;

import java.util.List;
import java.util.Optional;

/** Where vendors are kept. */
public interface VendorRepository {

    Optional<Vendor> find(long id);

    Optional<Vendor> findBySourceKey(String sourceSystem, String externalId);

    /** One page of the vendors matching the criteria, with their profiles, in the given order. */
    List<Vendor> search(VendorCriteria criteria, VendorOrder order, int offset, int limit);

    long count(VendorCriteria criteria);

    void add(Vendor vendor);
}
