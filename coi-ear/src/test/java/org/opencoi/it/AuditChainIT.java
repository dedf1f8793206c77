package org.opencoi.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** The audit trail is hash-chained: the admin check finds it intact, and finds a row edited behind its back. */
class AuditChainIT extends DeployedEarTest {

    private static final String VERIFY = "/coi/api/v1/audit-events/verification";

    @Test
    void chainIsIntactAfterOrdinaryWork() {
        CoiClient.registerVendor("Chain Check Supplies");

        JsonObject report = CoiClient.json(CoiClient.as("admin").get(VERIFY));

        assertThat(report.getBoolean("intact")).as(report.toString()).isTrue();
        assertThat(report.getJsonNumber("eventsChecked").longValue()).isPositive();
        assertThat(CoiClient.as("viewer").get(VERIFY).statusCode()).isEqualTo(403);
    }

    /**
     * The database refuses the edit; someone with the schema owner's rights turns that refusal off and
     * edits anyway, and the chain finds it. Needs direct access to the database, which the embedded H2
     * does not give another process.
     */
    @Test
    void aRowEditedDirectlyInTheDatabaseIsFoundAsTheFirstBrokenLink() throws Exception {
        String url = System.getenv("COI_DB_URL");
        assumeTrue(url != null && url.startsWith("jdbc:postgresql:"), "runs against PostgreSQL");
        String externalId = CoiClient.registerVendor("Tamper Target Ltd").getString("externalId");

        try (Connection db = DriverManager.getConnection(url, System.getenv("COI_DB_USER"), System.getenv("COI_DB_PASSWORD"))) {
            long position;
            String original;
            try (PreparedStatement find = db.prepareStatement("select chain_position, after_value from coi.audit_event"
                    + " where after_value like ? order by chain_position limit 1")) {
                find.setString(1, "%" + externalId + "%");
                try (ResultSet row = find.executeQuery()) {
                    assertThat(row.next()).isTrue();
                    position = row.getLong(1);
                    original = row.getString(2);
                }
            }
            String forged = original.replace("Tamper Target Ltd", "Someone Else Ltd");
            assertThatThrownBy(() -> update(db, position, forged)).hasMessageContaining("append-only");
            updateAsOwner(db, position, forged);
            try {
                JsonObject report = CoiClient.json(CoiClient.as("admin").get(VERIFY));

                assertThat(report.getBoolean("intact")).isFalse();
                assertThat(report.getJsonNumber("brokenAtPosition").longValue()).isEqualTo(position);
                assertThat(report.getString("problem")).contains("content was changed");
            } finally {
                updateAsOwner(db, position, original);
            }
            assertThat(CoiClient.json(CoiClient.as("admin").get(VERIFY)).getBoolean("intact")).isTrue();
        }
    }

    /** The edit with the append-only trigger switched off for its length, as the table's owner may. */
    private static void updateAsOwner(Connection db, long position, String afterValue) throws Exception {
        try (Statement ddl = db.createStatement()) {
            ddl.execute("alter table coi.audit_event disable trigger audit_event_append_only");
            try {
                update(db, position, afterValue);
            } finally {
                ddl.execute("alter table coi.audit_event enable trigger audit_event_append_only");
            }
        }
    }

    private static void update(Connection db, long position, String afterValue) throws Exception {
        try (PreparedStatement edit = db.prepareStatement("update coi.audit_event set after_value = ? where chain_position = ?")) {
            edit.setString(1, afterValue);
            edit.setLong(2, position);
            assertThat(edit.executeUpdate()).isEqualTo(1);
        }
    }
}
