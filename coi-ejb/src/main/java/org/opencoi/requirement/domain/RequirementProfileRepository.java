package org.opencoi.requirement.domain;

import java.util.List;
import java.util.Optional;

/** Where requirement profile versions are kept. */
public interface RequirementProfileRepository {

    Optional<RequirementProfile> find(long id);

    void add(RequirementProfile profile);

    /** The newest version of every profile, by name. */
    List<RequirementProfile> newestVersions();

    /** The newest version of the profile with the given key. */
    Optional<RequirementProfile> newestVersion(String profileKey);
}
