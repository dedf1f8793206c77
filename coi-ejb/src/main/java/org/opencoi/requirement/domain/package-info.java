/** Requirement profiles: versioned templates of the insurance a vendor's contracts require. */
package org.opencoi.requirement.domain;
