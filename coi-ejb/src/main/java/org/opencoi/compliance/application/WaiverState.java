package org.opencoi.compliance.application;

/** Whether a waiver holds on a day (granted on or before it, lasting to it) or has lapsed (its last day has passed). */
public enum WaiverState {
    ACTIVE,
    LAPSED
}
