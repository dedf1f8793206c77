package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.OffsetDateTime;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.opencoi.audit.domain.AuditChain;

/**
 * Links the audit events into a hash chain: adds the chain columns and the chain's head, and chains the
 * events already written, oldest first, with the same rule new events follow ({@link AuditChain}).
 */
public class V3__Chain_audit_events extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("alter table audit_event add column chain_position bigint");
            ddl.execute("alter table audit_event add column previous_hash varchar(64)");
            ddl.execute("alter table audit_event add column event_hash varchar(64)");
            ddl.execute("create table audit_chain_head (id integer primary key,"
                    + " last_position bigint not null, last_hash varchar(64) not null)");
        }
        long position = 0;
        String previous = AuditChain.GENESIS;
        try (Statement query = connection.createStatement();
                ResultSet events = query.executeQuery("select id, occurred_at, actor, action, record_type, record_id,"
                        + " before_value, after_value, source_address from audit_event order by id");
                PreparedStatement link = connection.prepareStatement(
                        "update audit_event set chain_position = ?, previous_hash = ?, event_hash = ? where id = ?")) {
            while (events.next()) {
                position++;
                String hash = AuditChain.hash(previous, position,
                        events.getObject("occurred_at", OffsetDateTime.class).toInstant(), events.getString("actor"),
                        events.getString("action"), events.getString("record_type"), events.getString("record_id"),
                        events.getString("before_value"), events.getString("after_value"),
                        events.getString("source_address"));
                link.setLong(1, position);
                link.setString(2, previous);
                link.setString(3, hash);
                link.setLong(4, events.getLong("id"));
                link.executeUpdate();
                previous = hash;
            }
        }
        try (PreparedStatement head = connection.prepareStatement(
                "insert into audit_chain_head (id, last_position, last_hash) values (1, ?, ?)")) {
            head.setLong(1, position);
            head.setString(2, previous);
            head.executeUpdate();
        }
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("alter table audit_event alter column chain_position set not null");
            ddl.execute("alter table audit_event alter column previous_hash set not null");
            ddl.execute("alter table audit_event alter column event_hash set not null");
            ddl.execute("create unique index ux_audit_event_chain on audit_event (chain_position)");
        }
    }
}
