/**
 * The transactional implementations of the compliance services: deciding a vendor, the nightly run, the
 * dashboard overview and the reports.
 */
package org.opencoi.compliance.application.internal;
