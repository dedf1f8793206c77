package org.opencoi.compliance.domain;

import org.opencoi.shared.domain.ComplianceStatus;

/** The number of vendors of one group (a tier, a profile; empty for all vendors) in one status. */
public record VendorCount(String group, ComplianceStatus status, long vendors) {
}
