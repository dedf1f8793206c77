package org.opencoi.shared.domain;

/** Whether the data read from a certificate can be decided on, or waits for a human. */
public enum ReviewState {
    /** Read with confidence; decisions use it. */
    ACCEPTED,
    /** Something key was missing or uncertain; it waits in the review queue. */
    PENDING_REVIEW,
    /** A reviewer corrected and approved it. */
    APPROVED,
    /** A reviewer refused it; decisions ignore it. */
    REJECTED,
    /**
     * Kept, and still being read: its pages have no text and are read by OCR after the upload was answered. Nothing
     * is decided on it until it is read; it then becomes accepted or goes to review as any certificate read.
     */
    BEING_READ;

    public boolean countsForDecisions() {
        return this == ACCEPTED || this == APPROVED;
    }
}
