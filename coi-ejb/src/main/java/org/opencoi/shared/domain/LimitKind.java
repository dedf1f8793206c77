package org.opencoi.shared.domain;

/** The kinds of limit a policy states, each with the coverage line it belongs to. */
public enum LimitKind {
    EACH_OCCURRENCE(CoverageType.GL),
    GENERAL_AGGREGATE(CoverageType.GL),
    PRODUCTS_COMPLETED_OPS_AGGREGATE(CoverageType.GL),
    PERSONAL_ADV_INJURY(CoverageType.GL),
    MEDICAL_EXPENSE(CoverageType.GL),
    DAMAGE_TO_RENTED_PREMISES(CoverageType.GL),
    COMBINED_SINGLE_LIMIT(CoverageType.AUTO),
    BODILY_INJURY_PER_PERSON(CoverageType.AUTO),
    BODILY_INJURY_PER_ACCIDENT(CoverageType.AUTO),
    PROPERTY_DAMAGE(CoverageType.AUTO),
    UMBRELLA_EACH_OCCURRENCE(CoverageType.UMBRELLA),
    UMBRELLA_AGGREGATE(CoverageType.UMBRELLA),
    EL_EACH_ACCIDENT(CoverageType.EL),
    EL_DISEASE_EACH_EMPLOYEE(CoverageType.EL),
    EL_DISEASE_POLICY_LIMIT(CoverageType.EL);

    private final CoverageType line;

    LimitKind(CoverageType line) {
        this.line = line;
    }

    public CoverageType line() {
        return line;
    }
}
