/**
 * The compliance service boundary: deciding, recording and explaining where a vendor stands, waivers, the
 * nightly run, the dashboard overview, and the reports with the writers (ports) that export them.
 */
package org.opencoi.compliance.application;
