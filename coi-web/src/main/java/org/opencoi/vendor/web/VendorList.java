package org.opencoi.vendor.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.opencoi.vendor.application.VendorService;
import org.opencoi.vendor.application.VendorView;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The vendor list: one server-side page at a time, however many vendors there are. */
@Named
@ViewScoped
public class VendorList implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient VendorService vendors;

    private LazyDataModel<VendorView> model;

    @PostConstruct
    void init() {
        model = new LazyDataModel<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public int count(Map<String, FilterMeta> filterBy) {
                return (int) vendors.list(null, 0, 1).total();
            }

            @Override
            public List<VendorView> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                    Map<String, FilterMeta> filterBy) {
                return vendors.list(null, first, pageSize).items();
            }

            @Override
            public String getRowKey(VendorView vendor) {
                return String.valueOf(vendor.id());
            }
        };
    }

    public LazyDataModel<VendorView> getModel() {
        return model;
    }
}
