package org.opencoi.sync.erp;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.opencoi.shared.application.InvalidRequestException;
import org.opencoi.shared.application.NotFoundException;
import org.opencoi.shared.domain.ComplianceStatus;
import org.opencoi.vendor.application.NewVendor;
import org.opencoi.vendor.application.VendorCriteria;
import org.opencoi.vendor.application.VendorOrder;
import org.opencoi.vendor.application.VendorPage;
import org.opencoi.vendor.application.VendorService;
import org.opencoi.vendor.application.VendorUpdate;
import org.opencoi.vendor.application.VendorView;

/**
 * The vendor service kept in a list, with the same answers as the real one, for routes tested without
 * a container or a database. A newly registered vendor has no certificate yet, as in the real service.
 */
public class InMemoryVendorService implements VendorService {

    private final List<VendorView> vendors = new ArrayList<>();
    private long nextId = 1;

    @Override
    public VendorView register(NewVendor vendor) {
        if (findBySourceKey(vendor.sourceSystem(), vendor.externalId()).isPresent()) {
            throw new InvalidRequestException("a vendor with sourceSystem " + vendor.sourceSystem()
                    + " and externalId " + vendor.externalId() + " already exists");
        }
        VendorView view = new VendorView(nextId++, vendor.sourceSystem(), vendor.externalId(), vendor.name(),
                vendor.taxId(), vendor.tier(), vendor.contactEmail(), vendor.agentEmail(), true,
                vendor.requirementProfileId(), null, ComplianceStatus.NO_CERTIFICATE, null);
        vendors.add(view);
        return view;
    }

    @Override
    public VendorView update(long id, VendorUpdate update) {
        VendorView old = get(id);
        VendorView changed = new VendorView(id, old.sourceSystem(), old.externalId(), update.name(), update.taxId(),
                update.tier(), update.contactEmail(), update.agentEmail(),
                update.active() == null ? old.active() : update.active(), update.requirementProfileId(), null,
                old.status(), old.statusChangedAt());
        vendors.set(vendors.indexOf(old), changed);
        return changed;
    }

    @Override
    public VendorView get(long id) {
        return vendors.stream().filter(v -> v.id() == id).findFirst()
                .orElseThrow(() -> new NotFoundException("vendor " + id + " does not exist"));
    }

    @Override
    public Optional<VendorView> findBySourceKey(String sourceSystem, String externalId) {
        return vendors.stream()
                .filter(v -> v.sourceSystem().equals(sourceSystem) && v.externalId().equals(externalId))
                .findFirst();
    }

    @Override
    public VendorPage list(ComplianceStatus status, int offset, int limit) {
        return search(VendorCriteria.inStatus(status), VendorOrder.BY_NAME, offset, limit);
    }

    @Override
    public VendorPage search(VendorCriteria criteria, VendorOrder order, int offset, int limit) {
        List<VendorView> matching = vendors.stream()
                .filter(v -> criteria.status() == null || v.status() == criteria.status())
                .filter(v -> criteria.tier() == null || criteria.tier().equals(v.tier()))
                .filter(v -> criteria.requirementProfileId() == null || criteria.requirementProfileId().equals(v.requirementProfileId()))
                .filter(v -> criteria.text() == null || (v.name() + " " + v.externalId()).toLowerCase().contains(criteria.text().toLowerCase()))
                .toList();
        return new VendorPage(matching.stream().skip(offset).limit(limit).toList(), offset, limit, matching.size());
    }

    @Override
    public int assignProfile(long profileId, List<Long> vendorIds) {
        // No route assigns requirement profiles; that is an admin's choice on the screens.
        throw new UnsupportedOperationException("routes do not assign requirement profiles");
    }

    @Override
    public long count(VendorCriteria criteria) {
        return search(criteria, VendorOrder.BY_NAME, 0, Integer.MAX_VALUE).total();
    }
}
