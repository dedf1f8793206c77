package org.opencoi.sync.erp;

import java.util.List;
import org.opencoi.shared.domain.ComplianceStatus;
import org.opencoi.sync.application.SyncResult;
import org.opencoi.sync.application.VendorRecord;
import org.opencoi.sync.erp.generated.Address;
import org.opencoi.sync.erp.generated.RecordOutcome;
import org.opencoi.sync.erp.generated.RecordResult;
import org.opencoi.sync.erp.generated.Vendor;
import org.opencoi.sync.erp.generated.VendorNotFound;
import org.opencoi.sync.erp.generated.VendorNotFoundDetail;
import org.opencoi.vendor.application.VendorView;

/**
 * Translates between the VendorSync contract (the ERP's model, generated from VendorSync.wsdl) and
 * OpenCOI's vendor model, in both directions. Only this class knows both, so that a change on one side
 * stays a change here rather than spreading through routes and services.
 */
public final class VendorTranslator {

    private VendorTranslator() {
    }

    /** The key named in a VendorSync request. */
    public static VendorKey toKey(String sourceSystem, String externalId) {
        return new VendorKey(sourceSystem, externalId);
    }

    /** A vendor as the VendorSync contract shows it. */
    public static Vendor toVendor(VendorView view) {
        Vendor vendor = new Vendor();
        vendor.setId(view.id());
        vendor.setSourceSystem(view.sourceSystem());
        vendor.setExternalId(view.externalId());
        vendor.setName(view.name());
        vendor.setTier(view.tier());
        vendor.setActive(view.active());
        vendor.setComplianceStatus(toComplianceStatus(view.status()));
        return vendor;
    }

    /** The vendors of an upsertVendors request, as the sync service takes them. */
    public static VendorBatch toBatch(String sourceSystem, List<org.opencoi.sync.erp.generated.VendorRecord> vendors) {
        return new VendorBatch(sourceSystem, vendors.stream().map(VendorTranslator::toRecord).toList());
    }

    static VendorRecord toRecord(org.opencoi.sync.erp.generated.VendorRecord vendor) {
        Address address = vendor.getAddress() == null ? new Address() : vendor.getAddress();
        return new VendorRecord(vendor.getExternalId(), vendor.getName(), vendor.getTaxId(), address.getLine(),
                address.getCity(), address.getState(), address.getPostalCode(), address.getCountry(),
                vendor.getContactEmail(), vendor.getAgentEmail(), vendor.getCategory(), vendor.isActive(),
                vendor.getVersion());
    }

    /** Per-record results as the contract shows them. */
    public static List<RecordResult> toResults(List<SyncResult> results) {
        return results.stream().map(VendorTranslator::toResult).toList();
    }

    public static RecordResult toResult(SyncResult result) {
        RecordResult answer = new RecordResult();
        answer.setExternalId(result.externalId());
        answer.setOutcome(RecordOutcome.fromValue(result.outcome().name()));
        answer.setVendorId(result.vendorId());
        answer.setReason(result.reason());
        return answer;
    }

    /** The declared fault for a key that no vendor has. */
    public static VendorNotFound vendorNotFound(VendorKey key) {
        VendorNotFoundDetail detail = new VendorNotFoundDetail();
        detail.setSourceSystem(key.sourceSystem());
        detail.setExternalId(key.externalId());
        detail.setMessage("No vendor has externalId " + key.externalId() + " in source system " + key.sourceSystem());
        return new VendorNotFound(detail.getMessage(), detail);
    }

    static org.opencoi.sync.erp.generated.ComplianceStatus toComplianceStatus(ComplianceStatus status) {
        // Spelled out rather than mapped by name: a status added to the domain stops the build here
        // until someone decides what the published contract says about it.
        return switch (status) {
            case COMPLIANT -> org.opencoi.sync.erp.generated.ComplianceStatus.COMPLIANT;
            case EXPIRING -> org.opencoi.sync.erp.generated.ComplianceStatus.EXPIRING;
            case NON_COMPLIANT -> org.opencoi.sync.erp.generated.ComplianceStatus.NON_COMPLIANT;
            case PENDING_REVIEW -> org.opencoi.sync.erp.generated.ComplianceStatus.PENDING_REVIEW;
            case NO_CERTIFICATE -> org.opencoi.sync.erp.generated.ComplianceStatus.NO_CERTIFICATE;
        };
    }
}
