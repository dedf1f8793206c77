package org.opencoi.requirement.application.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.opencoi.audit.application.AuditTrail;
import org.opencoi.audit.domain.AuditAction;
import org.opencoi.requirement.application.ProfileRequest;
import org.opencoi.requirement.application.ProfileView;
import org.opencoi.requirement.application.RequirementProfileService;
import org.opencoi.requirement.application.RequirementRequest;
import org.opencoi.requirement.domain.CoverageRequirement;
import org.opencoi.requirement.domain.RequirementProfile;
import org.opencoi.requirement.domain.RequirementProfileRepository;
import org.opencoi.shared.application.InvalidRequestException;
import org.opencoi.shared.application.NotFoundException;
import org.opencoi.shared.application.Roles;
import org.opencoi.shared.domain.AcceptedAutoSymbols;
import org.opencoi.shared.domain.AmBestRating;
import org.opencoi.shared.domain.FinancialSizeCategory;
import org.opencoi.shared.domain.LimitKind;
import org.opencoi.shared.domain.PolicyForm;
import org.opencoi.shared.domain.RenewalCadence;

@Stateless
@RolesAllowed({Roles.ADMIN, Roles.REVIEWER, Roles.VIEWER, Roles.INTEGRATION})
public class DefaultRequirementProfileService implements RequirementProfileService {

    @Inject
    RequirementProfileRepository profiles;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Override
    @RolesAllowed(Roles.ADMIN)
    public ProfileView create(ProfileRequest request) {
        RequirementProfile profile = build(request, name -> new RequirementProfile(name, clock.instant()));
        profiles.add(profile);
        ProfileView view = ProfileView.of(profile);
        audit.recordCreated("RequirementProfile", String.valueOf(profile.getId()), view);
        return view;
    }

    @Override
    public ProfileView get(long id) {
        return ProfileView.of(profile(id));
    }

    @Override
    public List<ProfileView> list() {
        return profiles.newestVersions().stream().map(ProfileView::of).toList();
    }

    @Override
    @RolesAllowed(Roles.ADMIN)
    public ProfileView newVersion(long id, ProfileRequest request) {
        RequirementProfile newest = profiles.newestVersion(profile(id).getProfileKey()).orElseThrow();
        RequirementProfile next = build(request, name -> newest.nextVersion(name, clock.instant()));
        profiles.add(next);
        ProfileView view = ProfileView.of(next);
        audit.record(AuditAction.NEW_VERSION, "RequirementProfile", String.valueOf(next.getId()), ProfileView.of(newest), view);
        return view;
    }

    private RequirementProfile profile(long id) {
        return profiles.find(id).orElseThrow(() -> new NotFoundException("requirement profile " + id + " does not exist"));
    }

    /** Builds a profile version from the request; any rule it breaks is a bad request, and nothing is stored. */
    private static RequirementProfile build(ProfileRequest request, java.util.function.Function<String, RequirementProfile> start) {
        if (request == null) {
            throw new InvalidRequestException("the request body must be a requirement profile as JSON");
        }
        if (request.requirements() == null || request.requirements().isEmpty()) {
            throw new InvalidRequestException("a requirement profile needs at least one coverage requirement");
        }
        try {
            RequirementProfile profile = start.apply(request.name());
            if (request.expiringWindowDays() != null) {
                profile.setExpiringWindowDays(request.expiringWindowDays());
            }
            String cadence = blankToNull(request.renewalCadence());
            profile.setRenewalCadence(cadence == null ? null : RenewalCadence.parse(cadence));
            profile.setRequiredHolderName(blankToNull(request.requiredHolderName()));
            profile.setUmbrellaMayMakeUpShortfall(request.umbrellaMayMakeUpShortfall());
            profile.setMinimumInsurer(
                    blankToNull(request.minimumRating()) == null ? null : AmBestRating.fromLabel(request.minimumRating()),
                    blankToNull(request.minimumSizeCategory()) == null ? null
                            : FinancialSizeCategory.valueOf(request.minimumSizeCategory().strip()));
            for (RequirementRequest r : request.requirements()) {
                profile.require(requirement(r));
            }
            return profile;
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidRequestException("invalid requirement profile: " + e.getMessage());
        }
    }

    private static CoverageRequirement requirement(RequirementRequest r) {
        if (r == null || r.coverage() == null) {
            throw new IllegalArgumentException("each requirement needs a coverage (GL, AUTO, UMBRELLA, EXCESS, WC, EL, OTHER)");
        }
        CoverageRequirement requirement = new CoverageRequirement(r.coverage(), blankToNull(r.name()));
        if (Boolean.FALSE.equals(r.required())) {
            requirement.optional();
        }
        if (r.acceptedForms() != null && !r.acceptedForms().isEmpty()) {
            requirement.acceptForms(r.acceptedForms().contains(PolicyForm.OCCURRENCE),
                    r.acceptedForms().contains(PolicyForm.CLAIMS_MADE));
        }
        requirement.endorsements(r.additionalInsured(), r.waiverOfSubrogation(), r.primaryNonContributory());
        String symbols = blankToNull(r.acceptedAutoSymbols());
        if (symbols != null) {
            requirement.acceptedAutoSymbols(AcceptedAutoSymbols.parse(symbols));
        }
        requirement.wcStatutory(r.wcStatutory());
        if (r.maximumDeductible() != null) {
            if (r.maximumDeductible().signum() < 0) {
                throw new IllegalArgumentException("maximum deductible must be zero or more");
            }
            requirement.maximumDeductible(r.maximumDeductible());
        }
        if (r.minimumLimits() != null) {
            for (Map.Entry<LimitKind, BigDecimal> minimum : r.minimumLimits().entrySet()) {
                requirement.minimum(minimum.getKey(), minimum.getValue());
            }
        }
        return requirement;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
