package org.opencoi.vendor.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.opencoi.shared.domain.ErpKey;

/** Where vendors are kept. */
public interface VendorRepository {

    Optional<Vendor> find(long id);

    /** The vendors with those ids, with their profiles, in the order of the ids; ids of no vendor are left out. */
    List<Vendor> findAll(List<Long> ids);

    Optional<Vendor> findBySourceKey(ErpKey key);

    /** The vendors of one source system that have one of the external ids, in one query. */
    List<Vendor> findBySourceKeys(String sourceSystem, Collection<String> externalIds);

    /** One page of one source system's vendors, ordered by external id. */
    List<Vendor> pageBySource(String sourceSystem, int offset, int limit);

    void add(Vendor vendor);

    /**
     * Writes pending changes to the database now rather than at commit, so that a broken constraint (a key
     * another transaction took meanwhile) is seen by the caller, which can still tell what happened.
     */
    void flush();

    /**
     * The ids, ascending and above {@code afterId}, of the vendors decided every night (active, with a profile) that
     * fall in one of {@code shares} shares of the vendors: those whose id leaves {@code share} when divided by
     * {@code shares}.
     */
    List<Long> idsToDecide(int shares, int share, long afterId, int limit);

    /** Of the vendors with those ids, the active ones with a requirement profile, read to be decided, in id order. */
    List<VendorToDecide> toDecide(Collection<Long> ids);

    /** How many vendors are decided every night. */
    long countToDecide();
}
