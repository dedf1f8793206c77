package org.opencoi.requirement.application;

import java.util.List;

/**
 * A requirement profile as clients send it, to create one or a new version of one.
 *
 * @param expiringWindowDays how many days before a required policy expires the vendor is EXPIRING; default 30
 * @param minimumRating the least AM Best rating of an insurer, as printed ("A-"); absent means no minimum
 * @param renewalCadence when the vendor is asked to renew, in days before (positive) and after (negative) a policy
 *        expires, e.g. "60,30,14,0,-7,-14" (the default)
 * @param minimumSizeCategory the least AM Best financial size category ("VII"); absent means no minimum
 */
public record ProfileRequest(
        String name,
        Integer expiringWindowDays,
        String requiredHolderName,
        boolean umbrellaMayMakeUpShortfall,
        String minimumRating,
        String minimumSizeCategory,
        List<RequirementRequest> requirements,
        String renewalCadence) {
}
