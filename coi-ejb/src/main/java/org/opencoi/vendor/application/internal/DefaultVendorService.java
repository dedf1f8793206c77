package org.opencoi.vendor.application.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opencoi.audit.application.AuditTrail;
import org.opencoi.audit.domain.AuditAction;
import org.opencoi.requirement.domain.RequirementProfile;
import org.opencoi.requirement.domain.RequirementProfileRepository;
import org.opencoi.shared.application.InvalidRequestException;
import org.opencoi.shared.application.NotFoundException;
import org.opencoi.shared.application.PageBounds;
import org.opencoi.shared.application.Roles;
import org.opencoi.shared.domain.ComplianceStatus;
import org.opencoi.shared.domain.ErpKey;
import org.opencoi.vendor.application.NewVendor;
import org.opencoi.vendor.application.VendorCriteria;
import org.opencoi.vendor.application.VendorOrder;
import org.opencoi.vendor.application.VendorPage;
import org.opencoi.vendor.application.VendorSearch;
import org.opencoi.vendor.application.VendorService;
import org.opencoi.vendor.application.VendorUpdate;
import org.opencoi.vendor.application.VendorView;
import org.opencoi.vendor.domain.Vendor;
import org.opencoi.vendor.domain.VendorFactsChanged;
import org.opencoi.vendor.domain.VendorRepository;

@Stateless
@RolesAllowed({Roles.ADMIN, Roles.REVIEWER, Roles.VIEWER, Roles.INTEGRATION})
public class DefaultVendorService implements VendorService {


    @Inject
    VendorRepository vendors;

    @Inject
    VendorSearch listings;

    @Inject
    RequirementProfileRepository profiles;

    @Inject
    AuditTrail audit;

    @Inject
    Event<VendorFactsChanged> factsChanged;

    @Inject
    Clock clock;

    @Override
    @RolesAllowed({Roles.ADMIN, Roles.INTEGRATION})
    public VendorView register(NewVendor request) {
        Vendor vendor;
        try {
            vendor = new Vendor(ErpKey.of(request.sourceSystem(), request.externalId()), request.name(), clock.instant());
            vendor.describe(request.taxId(), request.tier(), request.contactEmail(), request.agentEmail());
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(e.getMessage());
        }
        if (vendors.findBySourceKey(vendor.getErpKey()).isPresent()) {
            throw new InvalidRequestException("a vendor with sourceSystem " + vendor.getErpKey().sourceSystem()
                    + " and externalId " + vendor.getErpKey().externalId() + " already exists");
        }
        assignProfile(vendor, request.requirementProfileId());
        vendors.add(vendor);
        audit.recordCreated("Vendor", String.valueOf(vendor.getId()), VendorView.of(vendor));
        factsChanged.fire(new VendorFactsChanged(vendor.getId()));
        return VendorView.of(vendor);
    }

    @Override
    @RolesAllowed({Roles.ADMIN, Roles.INTEGRATION})
    public VendorView update(long id, VendorUpdate update) {
        if (update == null) {
            throw new InvalidRequestException("the request body must be the vendor's changes as JSON");
        }
        Vendor vendor = vendors.find(id).orElseThrow(() -> new NotFoundException("vendor " + id + " does not exist"));
        VendorView before = VendorView.of(vendor);
        try {
            vendor.rename(update.name());
            vendor.describe(update.taxId(), update.tier(), update.contactEmail(), update.agentEmail());
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(e.getMessage());
        }
        if (Boolean.FALSE.equals(update.active())) {
            vendor.deactivate();
        } else if (Boolean.TRUE.equals(update.active())) {
            vendor.activate();
        }
        assignProfile(vendor, update.requirementProfileId());
        audit.record(AuditAction.UPDATE, "Vendor", String.valueOf(id), before, VendorView.of(vendor));
        if (vendor.getRequirementProfile() != null && !vendor.getRequirementProfile().getId().equals(before.requirementProfileId())) {
            factsChanged.fire(new VendorFactsChanged(id));
        }
        return VendorView.of(vendor);
    }

    private void assignProfile(Vendor vendor, Long profileId) {
        if (profileId != null) {
            vendor.assignProfile(profiles.find(profileId)
                    .orElseThrow(() -> new InvalidRequestException("requirement profile " + profileId + " does not exist")));
        }
    }

    @Override
    @RolesAllowed(Roles.ADMIN)
    public int assignProfile(long profileId, List<Long> vendorIds) {
        RequirementProfile profile = profiles.find(profileId)
                .orElseThrow(() -> new NotFoundException("requirement profile " + profileId + " does not exist"));
        if (vendorIds == null || vendorIds.isEmpty()) {
            throw new InvalidRequestException("name at least one vendor to assign the profile to");
        }
        List<Vendor> assigned = vendorIds.stream()
                .map(id -> vendors.find(id).orElseThrow(() -> new InvalidRequestException("vendor " + id + " does not exist")))
                .toList();
        for (Vendor vendor : assigned) {
            vendor.assignProfile(profile);
            audit.record(AuditAction.ASSIGN_PROFILE, "Vendor", String.valueOf(vendor.getId()), null,
                    Map.of("profileId", profileId, "profileVersion", profile.getVersionNumber()));
            factsChanged.fire(new VendorFactsChanged(vendor.getId()));
        }
        return assigned.size();
    }

    @Override
    public VendorView get(long id) {
        return vendors.find(id).map(VendorView::of)
                .orElseThrow(() -> new NotFoundException("vendor " + id + " does not exist"));
    }

    @Override
    public Optional<VendorView> findBySourceKey(String sourceSystem, String externalId) {
        return ErpKey.parse(sourceSystem, externalId).flatMap(vendors::findBySourceKey).map(VendorView::of);
    }

    @Override
    public VendorPage list(ComplianceStatus status, int offset, int limit) {
        return search(VendorCriteria.inStatus(status), VendorOrder.BY_NAME, offset, limit);
    }

    @Override
    public VendorPage search(VendorCriteria criteria, VendorOrder order, int offset, int limit) {
        PageBounds.require(offset, limit);
        return new VendorPage(listings.search(criteria, order, offset, limit).stream().map(VendorView::of).toList(),
                offset, limit, listings.count(criteria));
    }

    @Override
    public long count(VendorCriteria criteria) {
        return listings.count(criteria);
    }
}
