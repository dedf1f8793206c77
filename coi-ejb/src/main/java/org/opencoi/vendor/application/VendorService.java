package org.opencoi.vendor.application;

import jakarta.ejb.Local;
import java.util.Optional;
import org.opencoi.compliance.domain.ComplianceStatus;

/** Registering and looking up vendors. */
@Local
public interface VendorService {

    VendorView register(NewVendor vendor);

    /** Changes a vendor; a changed requirement profile gets the vendor decided again. */
    VendorView update(long id, VendorUpdate update);

    VendorView get(long id);

    Optional<VendorView> findBySourceKey(String sourceSystem, String externalId);

    VendorPage list(ComplianceStatus status, int offset, int limit);
}
