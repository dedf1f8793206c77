/** JPA storage of audit events, and the audit extract batch job with its CSV and PDF writers. */
package org.opencoi.audit.infrastructure;
