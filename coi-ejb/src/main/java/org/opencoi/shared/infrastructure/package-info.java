/**
 * Technical groundwork every context relies on: the schema migrations, the clock, the database health check, the
 * batch jobs' failure reporting, and the demo data of the embedded default.
 */
package org.opencoi.shared.infrastructure;
