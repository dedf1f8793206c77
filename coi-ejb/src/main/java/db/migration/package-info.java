/**
 * The schema migrations that need more than SQL (chaining the audit events already written, the append-only
 * triggers only PostgreSQL gets); Flyway runs them in version order among the SQL ones in resources/db/migration.
 */
package db.migration;
