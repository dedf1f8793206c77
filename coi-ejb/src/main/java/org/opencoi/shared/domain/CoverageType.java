package org.opencoi.shared.domain;

/** A line of coverage as an ACORD 25 certificate shows it. OTHER lines (professional, cyber, property) carry a name. */
public enum CoverageType {
    GL, AUTO, UMBRELLA, EXCESS, WC, EL, OTHER
}
