package org.opencoi.compliance.application;

import jakarta.ejb.Local;

/** The compliance team's overview of all vendors, for the dashboard. */
@Local
public interface ComplianceOverviewService {

    /** The windows, in days from today, that expiring policies are counted in. */
    int[] EXPIRING_WINDOWS = {30, 60, 90};

    ComplianceOverview overview();
}
