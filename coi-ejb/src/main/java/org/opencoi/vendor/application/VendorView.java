package org.opencoi.vendor.application;

import java.time.Instant;
import org.opencoi.shared.domain.ComplianceStatus;
import org.opencoi.vendor.domain.Vendor;

/** A vendor as screens and APIs show it. */
public record VendorView(
        long id,
        String sourceSystem,
        String externalId,
        String name,
        String taxId,
        String tier,
        String contactEmail,
        String agentEmail,
        boolean active,
        Long requirementProfileId,
        String requirementProfileName,
        ComplianceStatus status,
        Instant statusChangedAt) {

    public static VendorView of(Vendor v) {
        var profile = v.getRequirementProfile();
        return new VendorView(v.getId(), v.getErpKey().sourceSystem(), v.getErpKey().externalId(), v.getName(), v.getTaxId(),
                v.getTier(), v.getContactEmail(), v.getAgentEmail(), v.isActive(),
                profile == null ? null : profile.getId(), profile == null ? null : profile.getName(),
                v.getComplianceStatus(), v.getStatusChangedAt());
    }
}
