package org.opencoi.compliance.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.opencoi.compliance.domain.ProfileSnapshot;
import org.opencoi.requirement.domain.RequirementProfile;
import org.opencoi.requirement.domain.RequirementProfileRepository;
import org.opencoi.shared.domain.RenewalCadence;

/**
 * The requirement profile versions the nightly run decides vendors with, each read once: a stored version never
 * changes (every change to a profile is stored as a new version, see {@link RequirementProfile#nextVersion}), so
 * what was read of it holds for as long as the application runs. A profile has few versions, so all are kept.
 */
@ApplicationScoped
class ProfileVersionCache {

    /** What deciding a vendor and chasing its renewals read of its profile version. */
    record ProfileVersion(ProfileSnapshot snapshot, RenewalCadence cadence) {
    }

    @Inject
    RequirementProfileRepository profiles;

    private final Map<Long, ProfileVersion> versions = new ConcurrentHashMap<>();

    ProfileVersion get(long profileId) {
        ProfileVersion known = versions.get(profileId);
        if (known != null) {
            return known;
        }
        RequirementProfile profile = profiles.find(profileId)
                .orElseThrow(() -> new IllegalStateException("requirement profile " + profileId + " does not exist"));
        ProfileVersion read = new ProfileVersion(ProfileSnapshot.from(profile), profile.renewalCadence());
        ProfileVersion raced = versions.putIfAbsent(profileId, read);
        return raced == null ? read : raced;
    }
}
