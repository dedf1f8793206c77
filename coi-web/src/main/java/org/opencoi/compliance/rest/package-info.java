/** The compliance REST resources: decisions and exceptions of a vendor. */
package org.opencoi.compliance.rest;
