/**
 * ERP synchronisation: the VendorSync SOAP endpoint, the vendor file drop and the REST API's way in
 * ({@link org.opencoi.sync.erp.RoutedVendorSync}), the one route they all send vendor batches through,
 * the status publishing route, and the translators between the ERP's messages (the {@code generated}
 * package) and OpenCOI's own vendor model.
 */
package org.opencoi.sync.erp;
