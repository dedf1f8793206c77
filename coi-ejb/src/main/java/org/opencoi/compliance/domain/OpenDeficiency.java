package org.opencoi.compliance.domain;

import java.time.Instant;
import org.opencoi.shared.domain.CoverageType;

/** A deficiency, not waived, of a vendor's newest decision: something someone has to chase. */
public record OpenDeficiency(long vendorId, String vendorName, Instant decidedAt, CoverageType coverage,
        String coverageName, String message) {
}
