package org.opencoi.requirement.application;

import jakarta.ejb.Local;
import java.util.List;

/** Creating requirement profiles and versioning them; {@code VendorService} assigns them to vendors. */
@Local
public interface RequirementProfileService {

    ProfileView create(ProfileRequest profile);

    ProfileView get(long id);

    /** The newest version of every profile. */
    List<ProfileView> list();

    /** Creates the next version of the profile the given version belongs to; the old version stays as it was. */
    ProfileView newVersion(long id, ProfileRequest profile);
}
