package org.opencoi.requirement.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.opencoi.requirement.application.ProfileView;
import org.opencoi.requirement.application.RequirementProfileService;

/** The requirement profiles, each at its newest version. */
@Named
@RequestScoped
public class ProfileList {

    @Inject
    RequirementProfileService profiles;

    private List<ProfileView> newest;

    public List<ProfileView> getProfiles() {
        if (newest == null) {
            newest = profiles.list();
        }
        return newest;
    }
}
