/** Compliance decisions: the engine that decides where a vendor stands, the decisions it records, and waivers. */
package org.opencoi.compliance.domain;
