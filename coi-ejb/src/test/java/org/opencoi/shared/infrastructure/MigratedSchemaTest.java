package org.opencoi.shared.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.tool.schema.spi.SchemaManagementException;
import org.junit.jupiter.api.Test;

/**
 * The entities must match the schema the migrations build, on both databases OpenCOI runs on:
 * H2 always, PostgreSQL when COI_DB_URL, COI_DB_USER and COI_DB_PASSWORD point at one.
 * Each run migrates a schema of its own and drops it afterwards.
 */
class MigratedSchemaTest {

    @Test
    void entitiesMatchMigratedSchemaOnH2() throws Exception {
        validateAgainst(TestDatabase.H2);
    }

    @Test
    void entitiesMatchMigratedSchemaOnPostgreSql() throws Exception {
        validateAgainst(TestDatabase.POSTGRESQL);
    }

    @Test
    void validationNoticesAColumnTheMigrationsLack() throws Exception {
        String url = "jdbc:h2:mem:drift-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;DATABASE_TO_LOWER=TRUE";
        String schema = "drift";
        migrate(url, "sa", "", schema);
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            s.execute("alter table " + schema + ".vendor drop column tier");
        }
        assertThatCode(() -> validate(url, "sa", "", schema))
                .isInstanceOf(SchemaManagementException.class)
                .hasMessageContaining("tier");
    }

    private static void validateAgainst(TestDatabase database) throws Exception {
        assumeTrue(database.unavailableBecause().isEmpty(), () -> database.unavailableBecause().orElseThrow());
        String url = database.url();
        String user = database.user();
        String password = database.password();
        String schema = TestDatabase.freshSchemaName("schema_test");
        try {
            int applied = migrate(url, user, password, schema);
            assertThat(applied).isPositive();
            validate(url, user, password, schema);
        } finally {
            try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
                s.execute("drop schema if exists " + schema + " cascade");
            }
        }
    }

    private static int migrate(String url, String user, String password, String schema) {
        return Flyway.configure()
                .dataSource(url, user, password)
                .schemas(schema)
                .createSchemas(true)
                .locations(DatabaseMigration.LOCATION)
                .load()
                .migrate()
                .migrationsExecuted;
    }

    private static void validate(String url, String user, String password, String schema) throws Exception {
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder()
                .applySetting(AvailableSettings.JAKARTA_JDBC_URL, url)
                .applySetting(AvailableSettings.JAKARTA_JDBC_USER, user)
                .applySetting(AvailableSettings.JAKARTA_JDBC_PASSWORD, password)
                .applySetting(AvailableSettings.DEFAULT_SCHEMA, schema)
                .applySetting(AvailableSettings.HBM2DDL_AUTO, "validate")
                .build();
        try {
            MetadataSources sources = new MetadataSources(registry);
            ProductionPersistenceUnit.entityClasses().forEach(sources::addAnnotatedClassName);
            sources.buildMetadata().buildSessionFactory().close();
        } finally {
            StandardServiceRegistryBuilder.destroy(registry);
        }
    }
}
