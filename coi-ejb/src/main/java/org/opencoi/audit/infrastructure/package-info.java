/** JPA storage of audit events and the audit extract batch job. */
package org.opencoi.audit.infrastructure;
