package org.opencoi.shared.infrastructure;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.hibernate.Session;
import org.hibernate.cfg.AvailableSettings;

/**
 * SQL about many records at once, run on the persistence context's own connection and transaction: the reads and
 * writes the nightly run makes for every chunk of vendors, whose rows go straight into values and out of them
 * without passing through the persistence context.
 *
 * <p>Reads name their records by an array of ids ({@code = any (?)}), not by a list of values: the persistence
 * provider translates a query with a list of hundreds of values afresh every time it runs, which cost more than
 * reading the rows did. Table names are written {@code {schema}table}, where {@code {schema}} stands for the
 * persistence unit's default schema.
 */
public final class ChunkSql {

    /** Turns a query's rows into its answer. */
    @FunctionalInterface
    public interface Rows<T> {
        T read(ResultSet rows) throws SQLException;
    }

    /** Sets one row's values on an insert. */
    @FunctionalInterface
    public interface Values<T> {
        void set(PreparedStatement insert, T row) throws SQLException;
    }

    private ChunkSql() {
    }

    /**
     * Runs a query whose first parameter is the array of ids and whose further parameters, if any, are the given
     * values; pending changes of the persistence context are written out first unless it flushes only at commit.
     */
    public static <T> T read(EntityManager em, String sql, Collection<Long> ids, Rows<T> rows, Object... parameters) {
        // Plain JDBC does not write out the persistence context's pending changes first, as a query would.
        if (em.getFlushMode() == FlushModeType.AUTO) {
            em.flush();
        }
        String resolved = inSchema(em, sql);
        return em.unwrap(Session.class).doReturningWork(connection -> {
            Array array = connection.createArrayOf("bigint", ids.toArray());
            try (PreparedStatement query = connection.prepareStatement(resolved)) {
                query.setArray(1, array);
                for (int i = 0; i < parameters.length; i++) {
                    query.setObject(i + 2, parameters[i]);
                }
                try (ResultSet result = query.executeQuery()) {
                    return rows.read(result);
                }
            } finally {
                array.free();
            }
        });
    }

    /** Inserts the rows in one batch, after the persistence context's pending changes, which it writes out first. */
    public static <T> void insert(EntityManager em, String sql, List<T> rows, Values<T> values) {
        em.flush();
        if (rows.isEmpty()) {
            return;
        }
        String resolved = inSchema(em, sql);
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(resolved)) {
                for (T row : rows) {
                    values.set(insert, row);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }

    /** The ids in the first column of the rows. */
    public static List<Long> ids(ResultSet rows) throws SQLException {
        List<Long> ids = new ArrayList<>();
        while (rows.next()) {
            ids.add(rows.getLong(1));
        }
        return ids;
    }

    private static String inSchema(EntityManager em, String sql) {
        Object schema = em.getEntityManagerFactory().getProperties().get(AvailableSettings.DEFAULT_SCHEMA);
        return sql.replace("{schema}", schema == null || schema.toString().isBlank() ? "" : schema + ".");
    }
}
