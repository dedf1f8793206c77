package org.opencoi.audit.domain;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.opencoi.shared.domain.ComplianceStatus;

/**
 * Where the vendors stand, as an audit extract's summary shows it: the audit context asks, the compliance context
 * answers, so that the audit trail every context writes to needs none of them.
 */
public interface ComplianceFigures {

    /** The number of vendors in each compliance status, in the order of the statuses. */
    List<StatusCount> vendorsByStatus();

    /** The open deficiencies of the non-compliant vendors, a vendor's together; the caller closes the stream. */
    Stream<OpenDeficiency> openDeficienciesOfNonCompliantVendors();

    /** How many vendors are in one status. */
    record StatusCount(ComplianceStatus status, long vendors) {
    }

    /** A deficiency, not waived, of a non-compliant vendor's newest decision. */
    record OpenDeficiency(long vendorId, String vendorName, Instant decidedAt, String coverageName, String message) {
    }
}
