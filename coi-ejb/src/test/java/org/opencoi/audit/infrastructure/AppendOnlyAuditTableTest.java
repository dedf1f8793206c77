package org.opencoi.audit.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencoi.shared.infrastructure.DatabaseMigration;
import org.opencoi.shared.infrastructure.TestDatabase;

/**
 * On PostgreSQL the migrated schema itself refuses to change or remove an audit event, whoever asks;
 * only adding events is possible. Runs when COI_DB_URL points at PostgreSQL, on a schema of its own.
 */
class AppendOnlyAuditTableTest {

    private final String schema = TestDatabase.freshSchemaName("append_only");
    private Connection db;

    @BeforeEach
    void migrateAndAddOneEvent() throws SQLException {
        TestDatabase postgreSql = TestDatabase.POSTGRESQL;
        assumeTrue(postgreSql.unavailableBecause().isEmpty(), () -> postgreSql.unavailableBecause().orElseThrow());
        Flyway.configure().dataSource(postgreSql.url(), postgreSql.user(), postgreSql.password())
                .schemas(schema).createSchemas(true).locations(DatabaseMigration.LOCATION).load().migrate();
        db = DriverManager.getConnection(postgreSql.url(), postgreSql.user(), postgreSql.password());
        execute("insert into " + schema + ".audit_event (id, occurred_at, actor, action, record_type, record_id,"
                + " after_value, chain_position, previous_hash, event_hash)"
                + " values (1, current_timestamp, 'admin', 'CREATE', 'Vendor', '1', '{}', 1, 'genesis', 'hash')");
    }

    @AfterEach
    void dropSchema() throws SQLException {
        if (db != null) {
            execute("drop schema " + schema + " cascade");
            db.close();
        }
    }

    @Test
    void anEventCannotBeChanged() {
        assertThatThrownBy(() -> execute("update " + schema + ".audit_event set actor = 'someone else'"))
                .isInstanceOf(SQLException.class).hasMessageContaining("append-only: UPDATE refused");
    }

    @Test
    void anEventCannotBeDeleted() {
        assertThatThrownBy(() -> execute("delete from " + schema + ".audit_event"))
                .isInstanceOf(SQLException.class).hasMessageContaining("append-only: DELETE refused");
    }

    @Test
    void theTableCannotBeEmptied() {
        assertThatThrownBy(() -> execute("truncate " + schema + ".audit_event"))
                .isInstanceOf(SQLException.class).hasMessageContaining("append-only: TRUNCATE refused");
    }

    @Test
    void eventsCanStillBeAdded() throws SQLException {
        execute("insert into " + schema + ".audit_event (id, occurred_at, actor, action, record_type,"
                + " chain_position, previous_hash, event_hash) values (2, current_timestamp, 'admin', 'UPDATE',"
                + " 'Vendor', 2, 'hash', 'hash2')");

        try (Statement count = db.createStatement();
                var rows = count.executeQuery("select count(*) from " + schema + ".audit_event")) {
            rows.next();
            assertThat(rows.getInt(1)).isEqualTo(2);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Statement statement = db.createStatement()) {
            statement.execute(sql);
        }
    }
}
