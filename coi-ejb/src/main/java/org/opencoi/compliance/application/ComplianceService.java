package org.opencoi.compliance.application;

import jakarta.ejb.Local;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Deciding where vendors stand, keeping every decision, and waivers. */
@Local
public interface ComplianceService {

    /** The decision in force for the vendor today: its newest decision for today or an earlier day. */
    DecisionView current(long vendorId);

    /**
     * Decides the vendor as of the given day from its stored certificates, profile version and waivers,
     * and records the decision. A decision as of today also becomes the vendor's status; a status change
     * is audited.
     */
    DecisionView evaluate(long vendorId, LocalDate asOf);

    /** Decides the vendor as of today; see {@link #evaluate}. */
    DecisionView evaluateToday(long vendorId);

    /**
     * Decides the vendor again as of today after something it rests on changed (a certificate, a review,
     * an exception, an ERP update), when it has a profile to be decided against; empty when it has none.
     */
    Optional<DecisionView> redecide(long vendorId);

    /**
     * The decision in force today for a vendor that has a profile to be decided against, as {@link #redecide} answered
     * it; empty when the vendor has none.
     */
    Optional<DecisionView> standing(long vendorId);

    /** The vendor's decisions, newest first. */
    List<DecisionView> history(long vendorId, int limit);

    /** Grants a waiver from today until the requested day and decides the vendor again. */
    WaiverView grantWaiver(long vendorId, WaiverRequest request);

    /** The vendor's waivers, active and lapsed. */
    List<WaiverView> waivers(long vendorId);

    /**
     * Waivers of all vendors, newest grant first, with their vendors' names: those active or lapsed today, or all
     * when the state is null.
     */
    WaiverPage allWaivers(WaiverState state, int offset, int limit);
}
