package org.opencoi.load;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Vendors, certificates and policies written straight into OpenCOI's PostgreSQL schema with COPY, the same for a
 * given size every time. Vendor i has one accepted certificate with three policies (GL, AUTO, WC); by i mod 10 its
 * general liability policy expires in 5 days (EXPIRING), expired 3 days ago (NON_COMPLIANT), has a limit below the
 * profile's minimum (NON_COMPLIANT), or expires in 200 days (COMPLIANT). Vendors whose i mod {@code emailEvery} is
 * 0, 1 or 2 have a contact address, so the nightly run mails them.
 */
final class NightlySeed {

    static final long FIRST_ID = 100_000_000L;
    static final String SCHEMA = "coi";

    private final String url;
    private final String user;
    private final String password;

    NightlySeed(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    /** Drops OpenCOI's schema and the batch job repository, so that the next server start migrates anew. */
    void reset() throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("drop schema if exists " + SCHEMA + " cascade");
            s.execute("drop table if exists partition_execution, step_execution, job_execution, job_instance cascade");
        }
    }

    void seed(int vendors, long profileId, int emailEvery, LocalDate today) throws SQLException, IOException {
        try (Connection c = connect()) {
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            int chunk = 50_000;
            for (int from = 0; from < vendors; from += chunk) {
                int to = Math.min(vendors, from + chunk);
                StringBuilder v = new StringBuilder();
                StringBuilder cert = new StringBuilder();
                StringBuilder pol = new StringBuilder();
                StringBuilder lim = new StringBuilder();
                for (int i = from; i < to; i++) {
                    long id = FIRST_ID + i;
                    String name = "Nightly Vendor " + i;
                    int kind = i % 10;
                    String email = i % emailEvery <= 2 ? "vendor" + i + "@nightly.example" : "";
                    v.append(id).append(",LOAD,N-").append(i).append(",").append(name).append(",true,").append(profileId)
                            .append(",NO_CERTIFICATE,2026-01-01 00:00:00+00,2026-01-01 00:00:00+00,0,").append(email).append('\n');
                    cert.append(id).append(',').append(id).append(",ERP,ACCEPTED,").append(name)
                            .append(",OpenCOI Demo Corporation,2026-01-01 00:00:00+00\n");
                    LocalDate glExpiry = switch (kind) {
                        case 0 -> today.plusDays(5);
                        case 1 -> today.minusDays(3);
                        default -> today.plusDays(200);
                    };
                    String[] coverages = {"GL", "AUTO", "WC"};
                    for (int p = 0; p < 3; p++) {
                        long policyId = id * 3 + p;
                        LocalDate expiry = p == 0 ? glExpiry : today.plusDays(300);
                        pol.append(policyId).append(',').append(id).append(',').append(coverages[p]).append(",P-").append(policyId)
                                .append(',').append(today.minusDays(60)).append(',').append(expiry)
                                .append(",OCCURRENCE,false,false,false,").append(p == 2).append('\n');
                    }
                    long gl = id * 3;
                    lim.append(gl).append(",EACH_OCCURRENCE,").append(kind == 2 ? "500000" : "1000000").append('\n');
                    lim.append(gl + 1).append(",COMBINED_SINGLE_LIMIT,1000000\n");
                    lim.append(gl + 2).append(",EL_EACH_ACCIDENT,1000000\n");
                }
                copy.copyIn("copy " + SCHEMA + ".vendor (id, source_system, external_id, name, active, requirement_profile_id,"
                        + " compliance_status, status_changed_at, created_at, row_version, contact_email) from stdin with (format csv)",
                        new StringReader(v.toString()));
                copy.copyIn("copy " + SCHEMA + ".certificate (id, vendor_id, source, review_state, insured_name, holder_name,"
                        + " received_at) from stdin with (format csv)", new StringReader(cert.toString()));
                copy.copyIn("copy " + SCHEMA + ".policy (id, certificate_id, coverage, policy_number, effective_date,"
                        + " expiration_date, form, additional_insured, waiver_of_subrogation, primary_non_contributory,"
                        + " wc_statutory) from stdin with (format csv)", new StringReader(pol.toString()));
                copy.copyIn("copy " + SCHEMA + ".policy_limit (policy_id, limit_kind, amount) from stdin with (format csv)",
                        new StringReader(lim.toString()));
            }
            try (Statement s = c.createStatement()) {
                s.execute("analyze");
            }
        }
    }
}
