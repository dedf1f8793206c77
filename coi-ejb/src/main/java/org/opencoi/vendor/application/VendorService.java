package org.opencoi.vendor.application;

import jakarta.ejb.Local;
import java.util.List;
import java.util.Optional;
import org.opencoi.shared.domain.ComplianceStatus;

/** Registering and looking up vendors. */
@Local
public interface VendorService {

    VendorView register(NewVendor vendor);

    /** Changes a vendor; a changed requirement profile gets the vendor decided again. */
    VendorView update(long id, VendorUpdate update);

    /** Assigns one requirement profile version to vendors and decides each of them again; answers how many. */
    int assignProfile(long profileId, List<Long> vendorIds);

    VendorView get(long id);

    Optional<VendorView> findBySourceKey(String sourceSystem, String externalId);

    /** A page of the vendors, by name, optionally only those in one status. */
    VendorPage list(ComplianceStatus status, int offset, int limit);

    /** A page of the vendors matching the criteria, in the given order, and how many match. */
    VendorPage search(VendorCriteria criteria, VendorOrder order, int offset, int limit);

    /** How many vendors match the criteria. */
    long count(VendorCriteria criteria);
}
