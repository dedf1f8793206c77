package org.opencoi.vendor.application;

/** How a vendor listing is ordered: by one column, then by id so that pages never overlap. */
public record VendorOrder(Column column, boolean ascending) {

    /** The columns a listing can be ordered by; each is indexed. */
    public enum Column {
        NAME, EXTERNAL_ID, TIER, STATUS
    }

    public static final VendorOrder BY_NAME = new VendorOrder(Column.NAME, true);

    public VendorOrder {
        if (column == null) {
            throw new IllegalArgumentException("a vendor order needs a column");
        }
    }
}
