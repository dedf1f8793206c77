/** JPA storage of compliance decisions and waivers. */
package org.opencoi.compliance.infrastructure;
