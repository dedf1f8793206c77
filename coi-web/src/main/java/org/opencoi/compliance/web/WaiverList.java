package org.opencoi.compliance.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.opencoi.compliance.application.ComplianceService;
import org.opencoi.compliance.application.WaiverListing;
import org.opencoi.compliance.application.WaiverState;
import org.opencoi.shared.web.ServerPagedModel;
import org.primefaces.model.LazyDataModel;

/**
 * The waivers of all vendors (the Exceptions screen, exceptions.xhtml), newest first, one server-side page at a time,
 * optionally only those active or lapsed today. The filter is the page's parameter.
 */
@Named
@ViewScoped
public class WaiverList implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ComplianceService compliance;

    private WaiverState state;
    private LazyDataModel<WaiverListing> model;

    @PostConstruct
    void init() {
        model = new ServerPagedModel<>((first, size) -> compliance.allWaivers(state, first, size).items(),
                () -> compliance.allWaivers(state, 0, 1).total(), listing -> listing.waiver().id());
    }

    /** Shows the waivers in the state chosen, at an address that keeps it. */
    public String search() {
        return "/exceptions?faces-redirect=true&includeViewParams=true";
    }

    public LazyDataModel<WaiverListing> getModel() {
        return model;
    }

    public WaiverState[] getStates() {
        return WaiverState.values();
    }

    public WaiverState getState() {
        return state;
    }

    public void setState(WaiverState state) {
        this.state = state;
    }
}
