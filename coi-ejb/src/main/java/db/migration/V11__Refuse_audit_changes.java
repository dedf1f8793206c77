package db.migration;

import java.sql.Connection;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Makes the audit trail append-only in the database itself, where the database can: on PostgreSQL,
 * triggers refuse every UPDATE, DELETE and TRUNCATE of audit_event, whoever connects. Someone able to
 * drop the triggers (the schema's owner) can still edit a row; the hash chain then finds the edit. The
 * embedded H2 runs triggers only from classes on its own class path, so there it relies on the chain.
 */
public class V11__Refuse_audit_changes extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        if (!connection.getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
            return;
        }
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("""
                    create function refuse_audit_change() returns trigger language plpgsql as $$
                    begin
                        raise exception 'audit events are append-only: % refused', tg_op;
                    end
                    $$""");
            ddl.execute("create trigger audit_event_append_only before update or delete on audit_event"
                    + " for each row execute function refuse_audit_change()");
            ddl.execute("create trigger audit_event_no_truncate before truncate on audit_event"
                    + " for each statement execute function refuse_audit_change()");
        }
    }
}
