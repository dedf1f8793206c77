/** JPA storage of requirement profiles. */
package org.opencoi.requirement.infrastructure;
