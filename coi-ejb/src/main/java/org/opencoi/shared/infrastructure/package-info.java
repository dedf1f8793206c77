/**
 * Technical groundwork every context relies on: the schema migrations, the clock, the database health check and the
 * batch jobs' failure reporting.
 */
package org.opencoi.shared.infrastructure;
