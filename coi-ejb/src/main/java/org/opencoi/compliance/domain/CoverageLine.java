package org.opencoi.compliance.domain;

import java.util.Objects;
import org.opencoi.shared.domain.CoverageType;

/**
 * A line of coverage as a profile asks for it or a certificate shows it. OTHER lines (professional,
 * cyber, property, ...) are told apart by their name, compared without regard to case.
 *
 * <p>Which policies satisfy a line follows the ACORD 25: umbrella and excess are one line, either
 * satisfies a requirement for the other; employers' liability limits are stated on the workers'
 * compensation line, so a WC policy satisfies an EL requirement (an EL policy does not satisfy a WC
 * requirement).
 */
public record CoverageLine(CoverageType coverage, String name) {

    public CoverageLine {
        Objects.requireNonNull(coverage, "coverage");
        name = name == null || name.isBlank() ? null : name.strip();
        if (coverage == CoverageType.OTHER && name == null) {
            throw new IllegalArgumentException("an OTHER coverage line needs a name");
        }
    }

    public static CoverageLine of(CoverageType coverage) {
        return new CoverageLine(coverage, null);
    }

    public static CoverageLine other(String name) {
        return new CoverageLine(CoverageType.OTHER, name);
    }

    /** Whether a policy on the given line satisfies a requirement for this line. */
    public boolean isSatisfiedBy(CoverageLine policyLine) {
        CoverageType offered = policyLine.coverage;
        return switch (coverage) {
            case UMBRELLA, EXCESS -> offered == CoverageType.UMBRELLA || offered == CoverageType.EXCESS;
            case EL -> offered == CoverageType.EL || offered == CoverageType.WC;
            case OTHER -> offered == CoverageType.OTHER && name.equalsIgnoreCase(policyLine.name);
            default -> offered == coverage;
        };
    }

    /** The name the deficiency carries: the line's own name for OTHER lines, none for the standard ones. */
    String otherName() {
        return coverage == CoverageType.OTHER ? name : null;
    }
}
