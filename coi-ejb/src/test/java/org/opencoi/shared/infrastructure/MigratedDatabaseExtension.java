package org.opencoi.shared.infrastructure;

import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Runs each {@link DatabaseTest} once per {@link TestDatabase}. Each database is migrated with Flyway into a schema
 * of its own and given an entity manager factory built as the production persistence unit is, once for the whole
 * test run; before each test every table is brought back to what the migrations left in it. The schema is dropped
 * when the run ends.
 */
public class MigratedDatabaseExtension implements TestTemplateInvocationContextProvider {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(MigratedDatabaseExtension.class);

    @Override
    public boolean supportsTestTemplate(ExtensionContext context) {
        return AnnotationSupport.isAnnotated(context.getTestMethod(), DatabaseTest.class);
    }

    @Override
    public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
        return Stream.of(TestDatabase.values()).map(OnDatabase::new);
    }

    private static MigratedDatabase migrated(TestDatabase database, ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(database, MigratedDatabase::new, MigratedDatabase.class);
    }

    /** One run of a test, on one database. */
    private record OnDatabase(TestDatabase database) implements TestTemplateInvocationContext {

        @Override
        public String getDisplayName(int invocationIndex) {
            return database.displayName();
        }

        @Override
        public List<Extension> getAdditionalExtensions() {
            return List.of(
                    (ExecutionCondition) context -> database.unavailableBecause()
                            .map(ConditionEvaluationResult::disabled)
                            .orElseGet(() -> ConditionEvaluationResult.enabled(database.displayName() + " is reachable")),
                    (BeforeEachCallback) context -> migrated(database, context).restoreMigratedRows(),
                    new ParameterResolver() {
                        @Override
                        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
                            return parameter.getParameter().getType() == DatabaseScope.class;
                        }

                        @Override
                        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
                            return new DatabaseScope(database, migrated(database, context).factory);
                        }
                    });
        }
    }

    /** A database migrated into a schema of its own, with its entity manager factory; closing it drops the schema. */
    private static final class MigratedDatabase implements ExtensionContext.Store.CloseableResource {

        private final TestDatabase database;
        private final String schema = TestDatabase.freshSchemaName("coi_test");
        private final StandardServiceRegistry registry;
        private final EntityManagerFactory factory;
        private final List<String> tables;
        /** The rows the migrations themselves wrote (the audit chain's head), by table. */
        private final Map<String, List<Map<String, Object>>> migratedRows = new LinkedHashMap<>();

        MigratedDatabase(TestDatabase database) {
            this.database = database;
            Flyway.configure().dataSource(database.url(), database.user(), database.password())
                    .schemas(schema).createSchemas(true).locations(DatabaseMigration.LOCATION).load().migrate();
            try (Connection c = connect()) {
                tables = tablesOf(c);
                for (String table : tables) {
                    List<Map<String, Object>> rows = rowsOf(c, table);
                    if (!rows.isEmpty()) {
                        migratedRows.put(table, rows);
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException("cannot read the migrated schema " + schema, e);
            }
            StandardServiceRegistryBuilder settings = new StandardServiceRegistryBuilder();
            ProductionPersistenceUnit.properties().forEach(settings::applySetting);
            registry = settings
                    .applySetting(AvailableSettings.JAKARTA_JDBC_URL, database.url())
                    .applySetting(AvailableSettings.JAKARTA_JDBC_USER, database.user())
                    .applySetting(AvailableSettings.JAKARTA_JDBC_PASSWORD, database.password())
                    .applySetting(AvailableSettings.DEFAULT_SCHEMA, schema)
                    // As strict about queries as the server's persistence provider is.
                    .applySetting(AvailableSettings.JPA_QUERY_COMPLIANCE, true)
                    .build();
            MetadataSources sources = new MetadataSources(registry);
            ProductionPersistenceUnit.entityClasses().forEach(sources::addAnnotatedClassName);
            factory = sources.buildMetadata().buildSessionFactory();
        }

        /** Empties every table and puts back the rows the migrations wrote, so that each test starts alike. */
        void restoreMigratedRows() throws SQLException {
            try (Connection c = connect(); Statement s = c.createStatement()) {
                c.setAutoCommit(false);
                String qualified = tables.stream().map(t -> schema + "." + t).collect(Collectors.joining(", "));
                if (database == TestDatabase.POSTGRESQL) {
                    // The append-only audit table's own triggers would refuse to be emptied; the schema is ours.
                    for (String table : tables) {
                        s.execute("alter table " + schema + "." + table + " disable trigger user");
                    }
                    s.execute("truncate table " + qualified);
                    for (String table : tables) {
                        s.execute("alter table " + schema + "." + table + " enable trigger user");
                    }
                } else {
                    s.execute("set referential_integrity false");
                    for (String table : tables) {
                        s.execute("truncate table " + schema + "." + table);
                    }
                    s.execute("set referential_integrity true");
                }
                for (Map.Entry<String, List<Map<String, Object>>> table : migratedRows.entrySet()) {
                    for (Map<String, Object> row : table.getValue()) {
                        insert(c, table.getKey(), row);
                    }
                }
                c.commit();
            }
        }

        @Override
        public void close() throws SQLException {
            try {
                factory.close();
                StandardServiceRegistryBuilder.destroy(registry);
            } finally {
                try (Connection c = connect(); Statement s = c.createStatement()) {
                    s.execute("drop schema if exists " + schema + " cascade");
                }
            }
        }

        private Connection connect() throws SQLException {
            return DriverManager.getConnection(database.url(), database.user(), database.password());
        }

        /** The schema's tables but Flyway's own history. */
        private List<String> tablesOf(Connection c) throws SQLException {
            DatabaseMetaData metaData = c.getMetaData();
            List<String> names = new ArrayList<>();
            try (ResultSet found = metaData.getTables(null, schema, "%", new String[] {"TABLE"})) {
                while (found.next()) {
                    String name = found.getString("TABLE_NAME");
                    if (!name.equals("flyway_schema_history")) {
                        names.add(name);
                    }
                }
            }
            return names;
        }

        private List<Map<String, Object>> rowsOf(Connection c, String table) throws SQLException {
            List<Map<String, Object>> rows = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet found = s.executeQuery("select * from " + schema + "." + table)) {
                ResultSetMetaData columns = found.getMetaData();
                while (found.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= columns.getColumnCount(); i++) {
                        row.put(columns.getColumnName(i), found.getObject(i));
                    }
                    rows.add(row);
                }
            }
            return rows;
        }

        private void insert(Connection c, String table, Map<String, Object> row) throws SQLException {
            String sql = "insert into " + schema + "." + table + " (" + String.join(", ", row.keySet()) + ") values ("
                    + row.keySet().stream().map(column -> "?").collect(Collectors.joining(", ")) + ")";
            try (PreparedStatement insert = c.prepareStatement(sql)) {
                int i = 1;
                for (Object value : row.values()) {
                    insert.setObject(i++, value);
                }
                insert.executeUpdate();
            }
        }
    }
}
