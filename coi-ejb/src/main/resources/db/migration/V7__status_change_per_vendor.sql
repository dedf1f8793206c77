-- Status changes are delivered in order per vendor: finding whether a vendor has an earlier undelivered
-- change is a look-up by vendor.
create index ix_status_change_vendor on status_change (vendor_id, id);
