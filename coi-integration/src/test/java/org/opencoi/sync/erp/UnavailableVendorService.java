package org.opencoi.sync.erp;

import java.util.List;
import java.util.Optional;
import org.opencoi.shared.domain.ComplianceStatus;
import org.opencoi.vendor.application.NewVendor;
import org.opencoi.vendor.application.VendorCriteria;
import org.opencoi.vendor.application.VendorOrder;
import org.opencoi.vendor.application.VendorPage;
import org.opencoi.vendor.application.VendorService;
import org.opencoi.vendor.application.VendorUpdate;
import org.opencoi.vendor.application.VendorView;

/** The vendor service while its database is down: every call fails, as the real one would. */
public class UnavailableVendorService implements VendorService {

    public static final String MESSAGE = "vendor database unavailable";

    @Override
    public VendorView register(NewVendor vendor) {
        throw unavailable();
    }

    @Override
    public VendorView update(long id, VendorUpdate update) {
        throw unavailable();
    }

    @Override
    public VendorView get(long id) {
        throw unavailable();
    }

    @Override
    public Optional<VendorView> findBySourceKey(String sourceSystem, String externalId) {
        throw unavailable();
    }

    @Override
    public VendorPage list(ComplianceStatus status, int offset, int limit) {
        throw unavailable();
    }

    @Override
    public int assignProfile(long profileId, List<Long> vendorIds) {
        throw unavailable();
    }

    @Override
    public long count(VendorCriteria criteria) {
        throw unavailable();
    }

    @Override
    public VendorPage search(VendorCriteria criteria, VendorOrder order, int offset, int limit) {
        throw unavailable();
    }

    private static IllegalStateException unavailable() {
        return new IllegalStateException(MESSAGE);
    }
}
