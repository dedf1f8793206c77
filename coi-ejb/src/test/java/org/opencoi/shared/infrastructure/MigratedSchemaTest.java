package org.opencoi.shared.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;
import org.flywaydb.core.Flyway;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.tool.schema.spi.SchemaManagementException;
import org.junit.jupiter.api.Test;
import org.w3c.dom.NodeList;

/**
 * The entities must match the schema the migrations build, on both databases OpenCOI runs on:
 * H2 always, PostgreSQL when COI_DB_URL, COI_DB_USER and COI_DB_PASSWORD point at one.
 * Each run migrates a schema of its own and drops it afterwards.
 */
class MigratedSchemaTest {

    @Test
    void entitiesMatchMigratedSchemaOnH2() throws Exception {
        validateAgainst("jdbc:h2:mem:schema-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;DATABASE_TO_LOWER=TRUE", "sa", "");
    }

    @Test
    void entitiesMatchMigratedSchemaOnPostgreSql() throws Exception {
        String url = System.getenv("COI_DB_URL");
        assumeTrue(url != null && url.startsWith("jdbc:postgresql:"), "COI_DB_URL does not point at PostgreSQL");
        validateAgainst(url, System.getenv("COI_DB_USER"), System.getenv("COI_DB_PASSWORD"));
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

    private static void validateAgainst(String url, String user, String password) throws Exception {
        String schema = "schema_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
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
            entityClasses().forEach(sources::addAnnotatedClassName);
            sources.buildMetadata().buildSessionFactory().close();
        } finally {
            StandardServiceRegistryBuilder.destroy(registry);
        }
    }

    /** The classes the production persistence unit lists, so that the test checks exactly those. */
    private static List<String> entityClasses() throws Exception {
        try (InputStream in = MigratedSchemaTest.class.getResourceAsStream("/META-INF/persistence.xml")) {
            NodeList nodes = DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder().parse(in)
                    .getElementsByTagNameNS("*", "class");
            List<String> names = new ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                names.add(nodes.item(i).getTextContent().strip());
            }
            assertThat(names).isNotEmpty();
            return names;
        }
    }
}
