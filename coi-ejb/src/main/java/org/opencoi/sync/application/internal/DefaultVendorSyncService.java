package org.opencoi.sync.application.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.opencoi.audit.application.AuditTrail;
import org.opencoi.compliance.application.ComplianceService;
import org.opencoi.requirement.domain.RequirementProfileRepository;
import org.opencoi.shared.application.InvalidRequestException;
import org.opencoi.shared.application.NotFoundException;
import org.opencoi.shared.application.PageBounds;
import org.opencoi.shared.application.Roles;
import org.opencoi.sync.application.SyncOutcome;
import org.opencoi.sync.application.SyncRejectionView;
import org.opencoi.sync.application.SyncResult;
import org.opencoi.sync.application.SyncedVendor;
import org.opencoi.sync.application.VendorRecord;
import org.opencoi.sync.application.VendorSyncService;
import org.opencoi.sync.domain.CategoryProfile;
import org.opencoi.sync.domain.SyncRejection;
import org.opencoi.sync.domain.SyncRepository;
import org.opencoi.vendor.domain.Vendor;
import org.opencoi.vendor.domain.VendorRepository;

@Stateless
@RolesAllowed({Roles.INTEGRATION, Roles.ADMIN})
public class DefaultVendorSyncService implements VendorSyncService {

    static final String AUDIT_ACTION = "SYNC";
    static final int MAX_SOURCE_SYSTEM = 40;

    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    VendorRepository vendors;

    @Inject
    RequirementProfileRepository profiles;

    @Inject
    SyncRepository sync;

    @Inject
    AuditTrail audit;

    @Inject
    ComplianceService compliance;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    @Override
    public List<SyncResult> upsert(String sourceSystem, List<VendorRecord> records) {
        String source = requireSourceSystem(sourceSystem);
        if (records == null || records.isEmpty()) {
            throw new InvalidRequestException("a sync batch needs at least one vendor");
        }
        if (records.size() > MAX_BATCH) {
            throw new InvalidRequestException("a sync batch takes at most " + MAX_BATCH + " vendors, not " + records.size());
        }
        List<SyncResult> results = new ArrayList<>(records.size());
        for (VendorRecord record : records) {
            results.add(apply(source, record));
        }
        return results;
    }

    private SyncResult apply(String source, VendorRecord record) {
        String reason = record == null ? "the record is empty" : record.rejectionReason();
        if (reason != null) {
            return reject(source, record, reason);
        }
        Optional<Vendor> held = vendors.findBySourceKey(source, record.externalId().strip());
        return held.isPresent() ? update(held.get(), record) : create(source, record);
    }

    private SyncResult create(String source, VendorRecord record) {
        Vendor vendor = new Vendor(source, record.externalId(), record.name(), clock.instant());
        describe(vendor, record);
        if (record.category() != null) {
            sync.categoryProfile(record.category().strip()).ifPresent(mapping -> vendor.assignProfile(mapping.getProfile()));
        }
        vendors.add(vendor);
        audit.record(AUDIT_ACTION, "Vendor", String.valueOf(vendor.getId()), null, SyncedVendor.of(vendor));
        compliance.redecide(vendor.getId());
        return SyncResult.of(vendor.getExternalId(), SyncOutcome.CREATED, vendor.getId());
    }

    private SyncResult update(Vendor vendor, VendorRecord record) {
        if (!vendor.acceptsSourceVersion(record.version())) {
            return unchanged(vendor, record.version());
        }
        SyncedVendor before = SyncedVendor.of(vendor);
        describe(vendor, record);
        SyncedVendor after = SyncedVendor.of(vendor);
        if (after.sameContentAs(before)) {
            return SyncResult.of(vendor.getExternalId(), SyncOutcome.UNCHANGED, vendor.getId());
        }
        audit.record(AUDIT_ACTION, "Vendor", String.valueOf(vendor.getId()), before, after);
        return SyncResult.of(vendor.getExternalId(), SyncOutcome.UPDATED, vendor.getId());
    }

    private static void describe(Vendor vendor, VendorRecord record) {
        vendor.rename(record.name());
        vendor.describe(strip(record.taxId()), strip(record.category()), strip(record.contactEmail()),
                strip(record.agentEmail()));
        vendor.locate(strip(record.addressLine()), strip(record.city()), strip(record.state()),
                strip(record.postalCode()), strip(record.country()));
        if (Boolean.FALSE.equals(record.active())) {
            vendor.deactivate();
        } else {
            vendor.activate();
        }
        vendor.syncedAt(record.version());
    }

    @Override
    public SyncResult deactivate(String sourceSystem, String externalId, long version) {
        String source = requireSourceSystem(sourceSystem);
        Vendor vendor = vendors.findBySourceKey(source, externalId)
                .orElseThrow(() -> new NotFoundException("no vendor " + externalId + " from " + source));
        if (!vendor.acceptsSourceVersion(version)) {
            return unchanged(vendor, version);
        }
        SyncedVendor before = SyncedVendor.of(vendor);
        vendor.deactivate();
        vendor.syncedAt(version);
        if (!before.active()) {
            return SyncResult.of(externalId, SyncOutcome.UNCHANGED, vendor.getId());
        }
        audit.record(AUDIT_ACTION, "Vendor", String.valueOf(vendor.getId()), before, SyncedVendor.of(vendor));
        return SyncResult.of(externalId, SyncOutcome.UPDATED, vendor.getId());
    }

    private static SyncResult unchanged(Vendor vendor, long version) {
        String reason = version < vendor.getSourceVersion()
                ? "stale: version " + version + " is older than the held version " + vendor.getSourceVersion()
                : null;
        return new SyncResult(vendor.getExternalId(), SyncOutcome.UNCHANGED, vendor.getId(), reason);
    }

    private SyncResult reject(String source, VendorRecord record, String reason) {
        String externalId = record == null ? null : record.externalId();
        String stored = externalId != null && externalId.length() > 200 ? externalId.substring(0, 200) : externalId;
        sync.add(new SyncRejection(source, stored, reason, record == null ? "null" : JSON.toJson(record),
                clock.instant(), session.getCallerPrincipal().getName()));
        return SyncResult.rejected(externalId, reason);
    }

    @Override
    @RolesAllowed(Roles.ADMIN)
    public void mapCategory(String category, long requirementProfileId) {
        var profile = profiles.find(requirementProfileId)
                .orElseThrow(() -> new InvalidRequestException("requirement profile " + requirementProfileId + " does not exist"));
        if (category == null || category.isBlank() || category.strip().length() > 40) {
            throw new InvalidRequestException("category must be 1 to 40 characters");
        }
        Optional<CategoryProfile> held = sync.categoryProfile(category.strip());
        if (held.isPresent()) {
            held.get().assign(profile);
        } else {
            sync.add(new CategoryProfile(category, profile));
        }
        audit.record("MAP", "SyncCategory", category.strip(), null, requirementProfileId);
    }

    @Override
    @RolesAllowed(Roles.ADMIN)
    public List<SyncRejectionView> rejections(int offset, int limit) {
        PageBounds.require(offset, limit);
        return sync.rejections(offset, limit).stream().map(SyncRejectionView::of).toList();
    }

    @Override
    @RolesAllowed(Roles.ADMIN)
    public SyncResult replay(long rejectionId) {
        SyncRejection rejection = sync.rejection(rejectionId)
                .orElseThrow(() -> new NotFoundException("rejected record " + rejectionId + " does not exist"));
        VendorRecord record = JSON.fromJson(rejection.getPayload(), VendorRecord.class);
        // Taken off first: a record rejected again is dead-lettered anew, with today's reason.
        sync.remove(rejection);
        return apply(rejection.getSourceSystem(), record);
    }

    private static String requireSourceSystem(String sourceSystem) {
        if (sourceSystem == null || sourceSystem.isBlank() || sourceSystem.strip().length() > MAX_SOURCE_SYSTEM) {
            throw new InvalidRequestException("sourceSystem must be 1 to " + MAX_SOURCE_SYSTEM + " characters");
        }
        return sourceSystem.strip();
    }

    private static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
