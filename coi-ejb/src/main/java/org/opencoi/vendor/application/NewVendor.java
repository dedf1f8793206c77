package org.opencoi.vendor.application;

/** What it takes to register a vendor. */
public record NewVendor(
        String sourceSystem,
        String externalId,
        String name,
        String taxId,
        String tier,
        String contactEmail,
        String agentEmail,
        Long requirementProfileId) {
}
