/**
 * The compliance service boundary: deciding, recording and explaining where a vendor stands, waivers, and the
 * reports with the writers (ports) that export them.
 */
package org.opencoi.compliance.application;
