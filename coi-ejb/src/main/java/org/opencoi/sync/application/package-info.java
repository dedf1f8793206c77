/**
 * The vendor sync service ERP adapters (REST, SOAP, file drop) reach through the one vendor-upsert route,
 * the port through which an adapter outside the integration module sends into that route
 * ({@link org.opencoi.sync.application.InboundVendorSync}), the records they take and answer with, and the
 * outbox of status changes told back to ERP systems.
 */
package org.opencoi.sync.application;
