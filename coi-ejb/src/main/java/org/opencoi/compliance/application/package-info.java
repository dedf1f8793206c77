/** The compliance service boundary: deciding, recording and explaining where a vendor stands, and waivers. */
package org.opencoi.compliance.application;
