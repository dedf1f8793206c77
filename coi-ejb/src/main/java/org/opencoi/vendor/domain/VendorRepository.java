package org.opencoi.vendor.domain;

import java.util.List;
import java.util.Optional;
import org.opencoi.compliance.domain.ComplianceStatus;

/** Where vendors are kept. */
public interface VendorRepository {

    Optional<Vendor> find(long id);

    Optional<Vendor> findBySourceKey(String sourceSystem, String externalId);

    /** One page of vendors ordered by name, optionally only those in one status. */
    List<Vendor> page(ComplianceStatus status, int offset, int limit);

    long count(ComplianceStatus status);

    void add(Vendor vendor);

    /**
     * The ids, ascending and above {@code afterId}, of the vendors decided every night (active, with a profile) that
     * fall in one of {@code shares} shares of the vendors: those whose id leaves {@code share} when divided by
     * {@code shares}.
     */
    List<Long> idsToDecide(int shares, int share, long afterId, int limit);

    /** How many vendors are decided every night. */
    long countToDecide();
}
