package org.opencoi.sync.application.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.OptimisticLockException;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.opencoi.audit.application.AuditTrail;
import org.opencoi.audit.domain.AuditAction;
import org.opencoi.requirement.domain.RequirementProfile;
import org.opencoi.requirement.domain.RequirementProfileRepository;
import org.opencoi.shared.application.InvalidRequestException;
import org.opencoi.shared.application.NotFoundException;
import org.opencoi.shared.application.PageBounds;
import org.opencoi.shared.application.Roles;
import org.opencoi.shared.domain.ErpKey;
import org.opencoi.sync.application.HeldVendor;
import org.opencoi.sync.application.SyncConflictException;
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
import org.opencoi.vendor.domain.VendorFactsChanged;
import org.opencoi.vendor.domain.VendorRepository;

@Stateless
@RolesAllowed({Roles.INTEGRATION, Roles.ADMIN})
public class DefaultVendorSyncService implements VendorSyncService {

    /** SQLSTATE of a unique constraint violation, on PostgreSQL and H2 alike. */
    private static final String UNIQUE_VIOLATION = "23505";

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
    Event<VendorFactsChanged> factsChanged;

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
        BatchState batch = new BatchState(source, held(source, records), new HashMap<>());
        List<SyncResult> results = new ArrayList<>(records.size());
        try {
            for (VendorRecord record : records) {
                results.add(apply(batch, record));
            }
            // Written now rather than at commit, so that a collision is seen here and answered as one.
            vendors.flush();
        } catch (RuntimeException e) {
            if (collided(e)) {
                throw new SyncConflictException(source, e);
            }
            throw e;
        }
        return results;
    }

    /**
     * What one batch looks up once rather than per record: the vendors it names that are already held (one
     * query for the whole batch), and the profile of each category it meets.
     */
    private record BatchState(String source, Map<String, Vendor> held, Map<String, Optional<RequirementProfile>> profiles) {
    }

    private Map<String, Vendor> held(String source, List<VendorRecord> records) {
        Set<String> keys = new HashSet<>();
        for (VendorRecord record : records) {
            if (record != null && record.externalId() != null && !record.externalId().isBlank()) {
                keys.add(record.externalId().strip());
            }
        }
        Map<String, Vendor> held = new HashMap<>();
        for (Vendor vendor : vendors.findBySourceKeys(source, keys)) {
            held.put(vendor.getErpKey().externalId(), vendor);
        }
        return held;
    }

    private SyncResult apply(BatchState batch, VendorRecord record) {
        String reason = record == null ? "the record is empty" : record.rejectionReason();
        if (reason != null) {
            return reject(batch.source(), record, reason);
        }
        Vendor held = batch.held().get(record.externalId().strip());
        if (held != null) {
            return update(held, record);
        }
        Vendor created = create(batch, record);
        batch.held().put(created.getErpKey().externalId(), created);
        return SyncResult.of(created.getErpKey().externalId(), SyncOutcome.CREATED, created.getId());
    }

    private Vendor create(BatchState batch, VendorRecord record) {
        Vendor vendor = new Vendor(ErpKey.of(batch.source(), record.externalId()), record.name(), clock.instant());
        describe(vendor, record);
        if (record.category() != null) {
            batch.profiles().computeIfAbsent(record.category().strip(),
                            category -> sync.categoryProfile(category).map(CategoryProfile::getProfile))
                    .ifPresent(vendor::assignProfile);
        }
        vendors.add(vendor);
        audit.record(AuditAction.SYNC, "Vendor", String.valueOf(vendor.getId()), null, SyncedVendor.of(vendor));
        factsChanged.fire(new VendorFactsChanged(vendor.getId()));
        return vendor;
    }

    /**
     * Whether the batch failed because another transaction took one of its keys (a unique key violation,
     * wherever the write was flushed: at the end of the batch or before a query of a service it called)
     * or changed one of its vendors meanwhile (an optimistic lock failure).
     */
    private static boolean collided(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException
                    || cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private SyncResult update(Vendor vendor, VendorRecord record) {
        if (!vendor.acceptsSourceVersion(record.version())) {
            return unchanged(vendor, record.version());
        }
        SyncedVendor before = SyncedVendor.of(vendor);
        describe(vendor, record);
        SyncedVendor after = SyncedVendor.of(vendor);
        if (after.sameContentAs(before)) {
            return SyncResult.of(vendor.getErpKey().externalId(), SyncOutcome.UNCHANGED, vendor.getId());
        }
        audit.record(AuditAction.SYNC, "Vendor", String.valueOf(vendor.getId()), before, after);
        return SyncResult.of(vendor.getErpKey().externalId(), SyncOutcome.UPDATED, vendor.getId());
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
        Vendor vendor = ErpKey.parse(source, externalId).flatMap(vendors::findBySourceKey)
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
        audit.record(AuditAction.SYNC, "Vendor", String.valueOf(vendor.getId()), before, SyncedVendor.of(vendor));
        return SyncResult.of(externalId, SyncOutcome.UPDATED, vendor.getId());
    }

    private static SyncResult unchanged(Vendor vendor, long version) {
        String reason = version < vendor.getSourceVersion()
                ? "stale: version " + version + " is older than the held version " + vendor.getSourceVersion()
                : null;
        return new SyncResult(vendor.getErpKey().externalId(), SyncOutcome.UNCHANGED, vendor.getId(), reason);
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
        audit.record(AuditAction.MAP, "SyncCategory", category.strip(), null, requirementProfileId);
    }

    @Override
    public List<HeldVendor> heldVendors(String sourceSystem, int offset, int limit) {
        PageBounds.require(offset, limit);
        return vendors.pageBySource(requireSourceSystem(sourceSystem), offset, limit).stream().map(HeldVendor::of).toList();
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
        String source = rejection.getSourceSystem();
        return apply(new BatchState(source, held(source, Collections.singletonList(record)), new HashMap<>()), record);
    }

    private static String requireSourceSystem(String sourceSystem) {
        if (sourceSystem == null || sourceSystem.isBlank() || sourceSystem.strip().length() > ErpKey.SOURCE_SYSTEM_LENGTH) {
            throw new InvalidRequestException("sourceSystem must be 1 to " + ErpKey.SOURCE_SYSTEM_LENGTH + " characters");
        }
        return sourceSystem.strip();
    }

    private static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
