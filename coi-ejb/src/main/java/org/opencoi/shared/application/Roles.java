package org.opencoi.shared.application;

/** The roles OpenCOI knows, as the security realm's groups name them. */
public final class Roles {

    /** Compliance admins and risk managers: everything. */
    public static final String ADMIN = "ADMIN";
    /** Reviewers: work the review queue and upload certificates. */
    public static final String REVIEWER = "REVIEWER";
    /** Read-only users. */
    public static final String VIEWER = "VIEWER";
    /** ERP systems and other machine clients. */
    public static final String INTEGRATION = "INTEGRATION";

    private Roles() {
    }
}
