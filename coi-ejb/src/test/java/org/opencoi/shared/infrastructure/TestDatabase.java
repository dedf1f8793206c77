package org.opencoi.shared.infrastructure;

import java.util.Optional;
import java.util.UUID;

/**
 * The databases OpenCOI runs on, as the tests reach them: an in-memory H2 with the options of the server's embedded
 * datasource, always there; PostgreSQL when COI_DB_URL, COI_DB_USER and COI_DB_PASSWORD point at one.
 */
public enum TestDatabase {

    H2("H2") {
        private final String url = "jdbc:h2:mem:coi-test-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;DATABASE_TO_LOWER=TRUE";

        @Override
        public String url() {
            return url;
        }

        @Override
        public String user() {
            return "sa";
        }

        @Override
        public String password() {
            return "";
        }

        @Override
        public Optional<String> unavailableBecause() {
            return Optional.empty();
        }
    },

    POSTGRESQL("PostgreSQL") {
        @Override
        public String url() {
            return System.getenv("COI_DB_URL");
        }

        @Override
        public String user() {
            return System.getenv("COI_DB_USER");
        }

        @Override
        public String password() {
            return System.getenv("COI_DB_PASSWORD");
        }

        @Override
        public Optional<String> unavailableBecause() {
            String url = url();
            return url != null && url.startsWith("jdbc:postgresql:")
                    ? Optional.empty()
                    : Optional.of("COI_DB_URL does not point at PostgreSQL");
        }
    };

    private final String displayName;

    TestDatabase(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    public abstract String url();

    public abstract String user();

    public abstract String password();

    /** Why the tests cannot reach this database here, if they cannot. */
    public abstract Optional<String> unavailableBecause();

    /** A name for a schema of one's own, so that runs sharing a database do not meet. */
    public static String freshSchemaName(String prefix) {
        return prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }
}
