/**
 * The compliance screens' backing beans: the dashboard, reports and the waivers of all vendors (the
 * Exceptions screen).
 */
package org.opencoi.compliance.web;
