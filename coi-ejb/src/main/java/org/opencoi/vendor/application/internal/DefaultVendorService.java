package org.opencoi.vendor.application.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import org.opencoi.audit.application.AuditTrail;
import org.opencoi.compliance.domain.ComplianceStatus;
import org.opencoi.requirement.domain.RequirementProfileRepository;
import org.opencoi.shared.application.InvalidRequestException;
import org.opencoi.shared.application.NotFoundException;
import org.opencoi.shared.application.Roles;
import org.opencoi.vendor.application.NewVendor;
import org.opencoi.vendor.application.VendorPage;
import org.opencoi.vendor.application.VendorService;
import org.opencoi.vendor.application.VendorView;
import org.opencoi.vendor.domain.Vendor;
import org.opencoi.vendor.domain.VendorRepository;

@Stateless
@RolesAllowed({Roles.ADMIN, Roles.REVIEWER, Roles.VIEWER, Roles.INTEGRATION})
public class DefaultVendorService implements VendorService {

    static final int MAX_PAGE_SIZE = 500;

    @Inject
    VendorRepository vendors;

    @Inject
    RequirementProfileRepository profiles;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Override
    @RolesAllowed({Roles.ADMIN, Roles.INTEGRATION})
    public VendorView register(NewVendor request) {
        if (vendors.findBySourceKey(request.sourceSystem(), request.externalId()).isPresent()) {
            throw new InvalidRequestException("a vendor with sourceSystem " + request.sourceSystem()
                    + " and externalId " + request.externalId() + " already exists");
        }
        Vendor vendor;
        try {
            vendor = new Vendor(request.sourceSystem(), request.externalId(), request.name(), clock.instant());
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(e.getMessage());
        }
        vendor.describe(request.taxId(), request.tier(), request.contactEmail(), request.agentEmail());
        if (request.requirementProfileId() != null) {
            vendor.assignProfile(profiles.find(request.requirementProfileId())
                    .orElseThrow(() -> new InvalidRequestException(
                            "requirement profile " + request.requirementProfileId() + " does not exist")));
        }
        vendors.add(vendor);
        VendorView view = VendorView.of(vendor);
        audit.recordCreated("Vendor", String.valueOf(vendor.getId()), view);
        return view;
    }

    @Override
    public VendorView get(long id) {
        return vendors.find(id).map(VendorView::of)
                .orElseThrow(() -> new NotFoundException("vendor " + id + " does not exist"));
    }

    @Override
    public Optional<VendorView> findBySourceKey(String sourceSystem, String externalId) {
        return vendors.findBySourceKey(sourceSystem, externalId).map(VendorView::of);
    }

    @Override
    public VendorPage list(ComplianceStatus status, int offset, int limit) {
        if (offset < 0 || limit < 1 || limit > MAX_PAGE_SIZE) {
            throw new InvalidRequestException("offset must be 0 or more and limit between 1 and " + MAX_PAGE_SIZE);
        }
        return new VendorPage(vendors.page(status, offset, limit).stream().map(VendorView::of).toList(),
                offset, limit, vendors.count(status));
    }
}
