package org.opencoi.shared.domain;

/** Whether a liability policy pays for events that occur in its term or for claims made in its term. */
public enum PolicyForm {
    OCCURRENCE, CLAIMS_MADE
}
