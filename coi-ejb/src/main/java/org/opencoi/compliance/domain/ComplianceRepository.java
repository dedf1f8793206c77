package org.opencoi.compliance.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Where decisions and waivers are kept. Neither is ever changed once stored. */
public interface ComplianceRepository {

    void add(RecordedDecision decision);

    /** The vendor's newest decision for a day up to the given one: the decision in force then. */
    Optional<RecordedDecision> decisionInForce(long vendorId, LocalDate day);

    /** The vendor's decisions, newest first. */
    List<RecordedDecision> decisions(long vendorId, int limit);

    void add(VendorWaiver waiver);

    List<VendorWaiver> waivers(long vendorId);

    /** Deficiencies not waived of vendors' newest decisions, most recently decided first. */
    List<OpenDeficiency> newestOpenDeficiencies(int limit);
}
