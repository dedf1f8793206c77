package org.opencoi.vendor.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.opencoi.requirement.application.ProfileView;
import org.opencoi.requirement.application.RequirementProfileService;
import org.opencoi.shared.application.InvalidRequestException;
import org.opencoi.shared.application.NotFoundException;
import org.opencoi.shared.domain.ComplianceStatus;
import org.opencoi.vendor.application.VendorCriteria;
import org.opencoi.vendor.application.VendorOrder;
import org.opencoi.vendor.application.VendorService;
import org.opencoi.vendor.application.VendorView;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The vendor list: one server-side page at a time, however many vendors there are, filtered by status,
 * tier, profile, expiring window and a text over name and external id. The filters are the page's
 * parameters, so every filtered list has an address the dashboard can link to.
 */
@Named
@ViewScoped
public class VendorList implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The table's sortable columns, by their sortBy field, and the order each means. */
    private static final Map<String, VendorOrder.Column> SORTABLE = Map.of(
            "name", VendorOrder.Column.NAME,
            "externalId", VendorOrder.Column.EXTERNAL_ID,
            "tier", VendorOrder.Column.TIER,
            "status", VendorOrder.Column.STATUS);

    @Inject
    transient VendorService vendors;

    @Inject
    transient RequirementProfileService profileService;

    @Inject
    transient Clock clock;

    private ComplianceStatus status;
    private String tier;
    private Long profile;
    private String text;
    private Integer expiresWithin;
    private List<ProfileView> profiles;
    private LazyDataModel<VendorView> model;
    private List<VendorView> selected = new ArrayList<>();
    private Long assignTo;

    @PostConstruct
    void init() {
        profiles = profileService.list();
        model = new LazyDataModel<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public int count(Map<String, FilterMeta> filterBy) {
                return (int) vendors.count(criteria());
            }

            @Override
            public List<VendorView> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                    Map<String, FilterMeta> filterBy) {
                return vendors.search(criteria(), order(sortBy), first, pageSize).items();
            }

            @Override
            public String getRowKey(VendorView vendor) {
                return String.valueOf(vendor.id());
            }

            /** A row ticked on the page shown; a vendor no longer on it is looked up. */
            @Override
            public VendorView getRowData(String rowKey) {
                long id = Long.parseLong(rowKey);
                return getWrappedData().stream().filter(vendor -> vendor.id() == id).findFirst()
                        .orElseGet(() -> vendors.get(id));
            }
        };
    }

    /** The filters as search criteria; an expiring window runs from today. */
    private VendorCriteria criteria() {
        LocalDate today = expiresWithin == null ? null : LocalDate.now(clock);
        return new VendorCriteria(status, tier, profile, text, today,
                expiresWithin == null ? null : today.plusDays(expiresWithin));
    }

    private static VendorOrder order(Map<String, SortMeta> sortBy) {
        return sortBy.values().stream()
                .filter(sort -> sort.getOrder() != SortOrder.UNSORTED && SORTABLE.containsKey(sort.getField()))
                .findFirst()
                .map(sort -> new VendorOrder(SORTABLE.get(sort.getField()), sort.getOrder() == SortOrder.ASCENDING))
                .orElse(VendorOrder.BY_NAME);
    }

    /** Shows the list for the filters entered, at an address that keeps them. */
    public String search() {
        return "/vendors?faces-redirect=true&includeViewParams=true";
    }

    /** Assigns the chosen profile to the vendors ticked; each is decided again. Admins only. */
    public void assign() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (assignTo == null) {
            faces.addMessage("vendors:assignTo", new FacesMessage(FacesMessage.SEVERITY_ERROR, "Choose the profile to assign.", null));
            return;
        }
        try {
            int assigned = vendors.assignProfile(assignTo, selected.stream().map(VendorView::id).toList());
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    "Assigned the profile to " + assigned + " vendors and decided them again.", null));
            selected = new ArrayList<>();
        } catch (InvalidRequestException | NotFoundException e) {
            faces.addMessage("vendors:assignTo", new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
        } catch (EJBAccessException e) {
            faces.addMessage("vendors:assignTo", new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    "only an admin may assign requirement profiles", null));
        }
    }

    public List<VendorView> getSelected() {
        return selected;
    }

    public void setSelected(List<VendorView> selected) {
        this.selected = selected;
    }

    public Long getAssignTo() {
        return assignTo;
    }

    public void setAssignTo(Long assignTo) {
        this.assignTo = assignTo;
    }

    public LazyDataModel<VendorView> getModel() {
        return model;
    }

    public ComplianceStatus[] getStatuses() {
        return ComplianceStatus.values();
    }

    public List<ProfileView> getProfiles() {
        return profiles;
    }

    public ComplianceStatus getStatus() {
        return status;
    }

    public void setStatus(ComplianceStatus status) {
        this.status = status;
    }

    public String getTier() {
        return tier;
    }

    public void setTier(String tier) {
        this.tier = tier;
    }

    public Long getProfile() {
        return profile;
    }

    public void setProfile(Long profile) {
        this.profile = profile;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Integer getExpiresWithin() {
        return expiresWithin;
    }

    public void setExpiresWithin(Integer expiresWithin) {
        this.expiresWithin = expiresWithin;
    }
}
