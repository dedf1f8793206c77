package org.opencoi.vendor.application;

/** The changeable facts of a vendor; its ERP key (sourceSystem, externalId) never changes. */
public record VendorUpdate(
        String name,
        String taxId,
        String tier,
        String contactEmail,
        String agentEmail,
        Long requirementProfileId,
        Boolean active) {
}
