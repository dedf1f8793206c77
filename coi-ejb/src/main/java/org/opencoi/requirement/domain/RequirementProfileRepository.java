package org.opencoi.requirement.domain;

import java.util.Optional;

/** Where requirement profile versions are kept. */
public interface RequirementProfileRepository {

    Optional<RequirementProfile> find(long id);

    void add(RequirementProfile profile);
}
