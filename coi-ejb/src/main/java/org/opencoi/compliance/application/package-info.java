/**
 * The compliance service boundary: deciding, recording and explaining where a vendor stands, waivers, the
 * nightly run, the dashboard overview and the reports.
 */
package org.opencoi.compliance.application;
