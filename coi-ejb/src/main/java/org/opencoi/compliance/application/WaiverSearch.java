package org.opencoi.compliance.application;

import java.time.LocalDate;
import java.util.List;
import org.opencoi.compliance.domain.NamedWaiver;

/** Waivers of all vendors as the exception list asks for them: by state, a page at a time. */
public interface WaiverSearch {

    /**
     * Waivers of all vendors with their vendor's names, newest grant first: those in the given state on the day,
     * or all when the state is null.
     */
    List<NamedWaiver> waivers(WaiverState state, LocalDate day, int offset, int limit);

    /** How many waivers {@link #waivers(WaiverState, LocalDate, int, int)} lists in all. */
    long countWaivers(WaiverState state, LocalDate day);
}
