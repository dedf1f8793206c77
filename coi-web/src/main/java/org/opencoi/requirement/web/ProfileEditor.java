package org.opencoi.requirement.web;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.opencoi.requirement.application.ProfileRequest;
import org.opencoi.requirement.application.ProfileView;
import org.opencoi.requirement.application.RequirementProfileService;
import org.opencoi.shared.application.InvalidRequestException;
import org.opencoi.shared.application.NotFoundException;
import org.opencoi.shared.domain.AmBestRating;
import org.opencoi.shared.domain.CoverageType;
import org.opencoi.shared.domain.FinancialSizeCategory;
import org.opencoi.shared.domain.LimitKind;
import org.opencoi.shared.domain.PolicyForm;

/**
 * The requirement profile editor: a new profile, or the next version of one (the version edited stays as
 * it was, and decisions name the version they used). Rules the screen can check are shown beside their
 * fields; the profile service checks them all again.
 */
@Named
@ViewScoped
public class ProfileEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient RequirementProfileService profiles;

    private Long id;
    private ProfileView edited;
    private String name;
    private Integer expiringWindowDays = 30;
    private String renewalCadence;
    private String requiredHolderName;
    private boolean umbrellaMayMakeUpShortfall;
    private String minimumRating;
    private String minimumSizeCategory;
    private final List<RequirementForm> requirements = new ArrayList<>();

    /** Loads the version named by the page's id parameter, or starts a new profile with one requirement. */
    public void load() {
        if (id != null) {
            try {
                edited = profiles.get(id);
            } catch (NotFoundException e) {
                error(null, e.getMessage());
                return;
            }
            name = edited.name();
            expiringWindowDays = edited.expiringWindowDays();
            renewalCadence = edited.renewalCadence();
            requiredHolderName = edited.requiredHolderName();
            umbrellaMayMakeUpShortfall = edited.umbrellaMayMakeUpShortfall();
            minimumRating = edited.minimumRating();
            minimumSizeCategory = edited.minimumSizeCategory();
            edited.requirements().stream().map(RequirementForm::of).forEach(requirements::add);
        }
        if (requirements.isEmpty()) {
            requirements.add(new RequirementForm());
        }
    }

    public void addRequirement() {
        requirements.add(new RequirementForm());
    }

    public void removeRequirement(RequirementForm requirement) {
        requirements.remove(requirement);
    }

    /** Stores the profile, or its next version, and goes back to the list. */
    public String save() {
        if (!checked()) {
            return null;
        }
        ProfileRequest request = new ProfileRequest(name, expiringWindowDays, requiredHolderName,
                umbrellaMayMakeUpShortfall, minimumRating, minimumSizeCategory,
                requirements.stream().map(RequirementForm::toRequest).toList(), renewalCadence);
        try {
            ProfileView saved = edited == null ? profiles.create(request) : profiles.newVersion(edited.id(), request);
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().getFlash().setKeepMessages(true);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    "Saved " + saved.name() + " as version " + saved.version() + ".", null));
            return "/admin/profiles?faces-redirect=true";
        } catch (InvalidRequestException | NotFoundException e) {
            error("profile:save", e.getMessage());
        } catch (EJBAccessException e) {
            error("profile:save", "only an admin may change requirement profiles");
        }
        return null;
    }

    /** The rules of single fields, each refusal beside its field; true when there is none. */
    private boolean checked() {
        boolean ok = true;
        if (name == null || name.isBlank()) {
            ok = error("profile:name", "Enter the profile's name.");
        }
        if (requirements.isEmpty()) {
            ok = error("profile:add-requirement", "A profile needs at least one coverage requirement.");
        }
        for (int i = 0; i < requirements.size(); i++) {
            RequirementForm requirement = requirements.get(i);
            String row = "profile:requirements:" + i + ":";
            if (requirement.getCoverage() == CoverageType.OTHER && (requirement.getName() == null || requirement.getName().isBlank())) {
                ok = error(row + "name", "Name the line, e.g. Professional liability.");
            }
            for (int j = 0; j < requirement.getLimits().size(); j++) {
                RequirementForm.MinimumLimit limit = requirement.getLimits().get(j);
                if (limit.getAmount() != null && limit.getKind() == null) {
                    ok = error(row + "limits:" + j + ":kind", "Choose which limit this amount is for.");
                }
            }
        }
        return ok;
    }

    private static boolean error(String clientId, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        return false;
    }

    public CoverageType[] getCoverages() {
        return CoverageType.values();
    }

    public PolicyForm[] getPolicyForms() {
        return PolicyForm.values();
    }

    public LimitKind[] getLimitKinds() {
        return LimitKind.values();
    }

    public List<String> getRatings() {
        return Arrays.stream(AmBestRating.values()).map(AmBestRating::label).toList();
    }

    public FinancialSizeCategory[] getSizeCategories() {
        return FinancialSizeCategory.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ProfileView getEdited() {
        return edited;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Integer getExpiringWindowDays() {
        return expiringWindowDays;
    }

    public void setExpiringWindowDays(Integer expiringWindowDays) {
        this.expiringWindowDays = expiringWindowDays;
    }

    public String getRenewalCadence() {
        return renewalCadence;
    }

    public void setRenewalCadence(String renewalCadence) {
        this.renewalCadence = renewalCadence;
    }

    public String getRequiredHolderName() {
        return requiredHolderName;
    }

    public void setRequiredHolderName(String requiredHolderName) {
        this.requiredHolderName = requiredHolderName;
    }

    public boolean isUmbrellaMayMakeUpShortfall() {
        return umbrellaMayMakeUpShortfall;
    }

    public void setUmbrellaMayMakeUpShortfall(boolean umbrellaMayMakeUpShortfall) {
        this.umbrellaMayMakeUpShortfall = umbrellaMayMakeUpShortfall;
    }

    public String getMinimumRating() {
        return minimumRating;
    }

    public void setMinimumRating(String minimumRating) {
        this.minimumRating = minimumRating;
    }

    public String getMinimumSizeCategory() {
        return minimumSizeCategory;
    }

    public void setMinimumSizeCategory(String minimumSizeCategory) {
        this.minimumSizeCategory = minimumSizeCategory;
    }

    public List<RequirementForm> getRequirements() {
        return requirements;
    }
}
