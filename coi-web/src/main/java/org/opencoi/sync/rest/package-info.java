/**
 * ERP vendor sync over REST: batches of vendor records in, one result per record out, and the admin's
 * view of the records a sync rejected. Calls the sync service directly, since coi-web does not depend on
 * the integration module whose Camel route serves SOAP; both reach the same service.
 */
package org.opencoi.sync.rest;
