package org.opencoi.compliance.domain;

import java.util.List;
import org.opencoi.requirement.domain.RequirementProfile;
import org.opencoi.shared.domain.AmBestRating;
import org.opencoi.shared.domain.FinancialSizeCategory;

/**
 * One version of a requirement profile, as the compliance engine reads it.
 *
 * @param id the stored profile version's id; null for one not stored
 * @param expiringWindowDays a compliant vendor is EXPIRING when a policy the decision rests on expires
 *        within this many days after the decision date (the last day of the window included)
 * @param requiredHolder the certificate holder every certificate must name; null when the profile names none
 * @param umbrellaMayMakeUpShortfall whether an umbrella or excess policy in force may make up a
 *        shortfall of a primary line's per-occurrence limit
 * @param minimumRating the lowest AM Best rating accepted; null for any
 * @param minimumSize the smallest AM Best financial size category accepted; null for any
 * @param requirements in the profile's order; deficiencies follow it
 */
public record ProfileSnapshot(
        Long id,
        int versionNumber,
        int expiringWindowDays,
        CompanyName requiredHolder,
        boolean umbrellaMayMakeUpShortfall,
        AmBestRating minimumRating,
        FinancialSizeCategory minimumSize,
        List<RequirementSnapshot> requirements) {

    public ProfileSnapshot {
        if (expiringWindowDays < 0) {
            throw new IllegalArgumentException("expiring window must not be negative");
        }
        requirements = List.copyOf(requirements);
    }

    public static ProfileSnapshot from(RequirementProfile profile) {
        String holder = profile.getRequiredHolderName();
        return new ProfileSnapshot(profile.getId(), profile.getVersionNumber(), profile.getExpiringWindowDays(),
                holder == null || holder.isBlank() ? null : CompanyName.of(holder),
                profile.isUmbrellaMayMakeUpShortfall(), profile.getMinimumRating(),
                profile.getMinimumSizeCategory(),
                profile.getRequirements().stream().map(RequirementSnapshot::from).toList());
    }

    /** Whether the profile asks anything of insurers; only then is an insurer missing from the table a deficiency. */
    public boolean setsMinimumInsurer() {
        return minimumRating != null || minimumSize != null;
    }
}
