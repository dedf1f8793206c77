package org.opencoi.vendor.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.opencoi.requirement.application.ProfileView;
import org.opencoi.requirement.application.RequirementProfileService;
import org.opencoi.shared.application.InvalidRequestException;
import org.opencoi.vendor.application.NewVendor;
import org.opencoi.vendor.application.VendorService;
import org.opencoi.vendor.application.VendorView;

/** Registering a vendor by hand, for vendors no ERP sends; admins only. */
@Named
@ViewScoped
public class VendorRegistration implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The source system of vendors registered on this screen. */
    static final String SOURCE_SYSTEM = "MANUAL";

    @Inject
    transient VendorService vendors;

    @Inject
    transient RequirementProfileService profileService;

    private List<ProfileView> profiles;
    private String externalId;
    private String name;
    private String taxId;
    private String tier;
    private String contactEmail;
    private String agentEmail;
    private Long profile;

    @PostConstruct
    void init() {
        profiles = profileService.list();
    }

    /** Registers the vendor and opens its page; a refusal is shown beside the form. */
    public String register() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            VendorView vendor = vendors.register(new NewVendor(SOURCE_SYSTEM, externalId, name, taxId, tier,
                    contactEmail, agentEmail, profile));
            return "/vendor?faces-redirect=true&id=" + vendor.id();
        } catch (InvalidRequestException e) {
            faces.addMessage("vendor:externalId", new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
        } catch (EJBAccessException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, "only an admin may register vendors", null));
        }
        return null;
    }

    public String getSourceSystem() {
        return SOURCE_SYSTEM;
    }

    public List<ProfileView> getProfiles() {
        return profiles;
    }

    public String getExternalId() {
        return externalId;
    }

    public void setExternalId(String externalId) {
        this.externalId = externalId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getTaxId() {
        return taxId;
    }

    public void setTaxId(String taxId) {
        this.taxId = taxId;
    }

    public String getTier() {
        return tier;
    }

    public void setTier(String tier) {
        this.tier = tier;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public String getAgentEmail() {
        return agentEmail;
    }

    public void setAgentEmail(String agentEmail) {
        this.agentEmail = agentEmail;
    }

    public Long getProfile() {
        return profile;
    }

    public void setProfile(Long profile) {
        this.profile = profile;
    }
}
