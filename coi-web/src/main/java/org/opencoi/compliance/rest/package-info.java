/**
 * The compliance REST resources: a vendor's decisions and waivers (exceptions, in the API's paths), and the
 * reports.
 */
package org.opencoi.compliance.rest;
