/**
 * ERP synchronisation: the VendorSync SOAP endpoint, the routes it calls and the translators between
 * the ERP's messages (the {@code generated} package) and OpenCOI's own vendor model.
 */
package org.opencoi.sync.erp;
