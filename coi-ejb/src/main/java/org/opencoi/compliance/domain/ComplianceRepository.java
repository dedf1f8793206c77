package org.opencoi.compliance.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/** Where decisions and waivers are kept. Neither is ever changed once stored. */
public interface ComplianceRepository {

    void add(RecordedDecision decision);

    /** The vendor's newest decision for a day up to the given one: the decision in force then. */
    Optional<RecordedDecision> decisionInForce(long vendorId, LocalDate day);

    /** The vendor's decisions, newest first. */
    List<RecordedDecision> decisions(long vendorId, int limit);

    void add(VendorWaiver waiver);

    List<VendorWaiver> waivers(long vendorId);

    /**
     * The certificates, as the engine reads them, of each of the vendors that has any: read as plain values for a
     * chunk of vendors at once, in a few queries and without loading the certificates and policies as entities.
     */
    Map<Long, List<CertificateSnapshot>> certificatesOf(Collection<Long> vendorIds);

    /** The waivers of each of the vendors that has any, in the order they were granted, in one query. */
    Map<Long, List<VendorWaiver>> waivers(Collection<Long> vendorIds);

    /**
     * Marks the vendors decided by the nightly run; each mark names a decision, which must have been written: the
     * decisions added in the same transaction are written out first.
     */
    void addAll(List<NightlyDecision> decisions);

    /** Those of the vendors the nightly run has decided on that day already. */
    Set<Long> decidedNightly(Collection<Long> vendorIds, LocalDate day);

    /** What the nightly run did on a day: vendors decided, status changes, waivers lapsed. */
    NightlyCounts nightlyCounts(LocalDate day);

    /** What the nightly run of one day did. */
    record NightlyCounts(long decided, long statusChanges, long waiversLapsed) {
    }

    /** Deficiencies not waived of vendors' newest decisions, most recently decided first. */
    List<OpenDeficiency> newestOpenDeficiencies(int limit);

    /** Deficiencies not waived of the newest decisions of vendors now non-compliant, by vendor name; the caller closes the stream. */
    Stream<OpenDeficiency> openDeficienciesOfNonCompliantVendors();
}
