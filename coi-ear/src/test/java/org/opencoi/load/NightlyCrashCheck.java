package org.opencoi.load;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonObject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The crash check of the nightly-compliance job: on PostgreSQL, seeds {@code load.vendors} vendors (default 100,000)
 * and runs the job twice from the same start: once cleanly, once killed with SIGKILL when about half the vendors are
 * decided, the server started again and the execution restarted. Then it compares the two end states: every vendor
 * decided once by the nightly run and to the same status, the same renewal requests, and the same mails (read back
 * from a GreenMail SMTP server in this JVM), none twice; a send the crash cut short is not repeated, so its one mail
 * may be missing. Exits non-zero on any other difference.
 *
 * <p>{@code mvn -pl coi-ear -Pload exec:java@nightly-crash-check -Dload.vendors=100000}; the server must have been
 * built for PostgreSQL (see BENCHMARKS.md).
 */
public final class NightlyCrashCheck {

    private NightlyCrashCheck() {
    }

    public static void main(String[] args) throws Exception {
        Settings settings = Settings.read();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        GreenMail mail = mailServer(settings.smtpPort());
        try {
            EndState clean = run(settings, mail, today, false);
            mail.purgeEmailFromAllMailboxes();
            EndState crashed = run(settings, mail, today, true);
            List<String> differences = clean.differencesFrom(crashed);
            System.out.printf("clean run:   %s%ncrashed run: %s%n", clean.summary(), crashed.summary());
            if (!differences.isEmpty()) {
                differences.forEach(d -> System.out.println("DIFFERENCE " + d));
                System.exit(1);
            }
            System.out.println("SAME END STATE: every vendor decided once, same statuses, same renewal requests, same mails"
                    + " but for sends the crash cut short (" + crashed.cutShort() + ", not repeated), none twice");
        } finally {
            mail.stop();
        }
    }

    /**
     * A GreenMail SMTP server whose threads belong to a thread group of their own. Killing the server can cut a mail
     * short in the middle of its SMTP session; GreenMail's session thread then ends with an exception, which is what
     * a kill does and is only reported here, not taken for a failure of this command.
     */
    private static GreenMail mailServer(int port) throws InterruptedException {
        ThreadGroup smtp = new ThreadGroup("smtp") {
            @Override
            public void uncaughtException(Thread thread, Throwable e) {
                System.out.println("an SMTP session ended early (a mail cut short by the kill): " + e.getMessage());
            }
        };
        GreenMail[] mail = new GreenMail[1];
        Thread starter = new Thread(smtp, () -> {
            mail[0] = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            mail[0].start();
        }, "smtp-start");
        starter.start();
        starter.join();
        return mail[0];
    }

    private static EndState run(Settings settings, GreenMail mail, LocalDate today, boolean crash) throws Exception {
        NightlySeed seed = settings.seed();
        seed.reset();
        try (NightlyServer server = settings.server()) {
            settings.startAndSeed(server, seed, today);
            long execution = server.startNightlyJob("partitions=4&threads=2&chunkSize=100");
            if (crash) {
                while (true) {
                    JsonObject e = server.execution(execution);
                    long decided = e.getJsonObject("counts").getJsonNumber("vendorsDecided").longValue();
                    if (decided >= settings.vendors() / 2) {
                        server.kill();
                        System.out.printf("killed the server (SIGKILL) with %,d of %,d vendors decided%n", decided, settings.vendors());
                        break;
                    }
                    if (!e.getString("status").startsWith("START")) {
                        throw new IllegalStateException("the job ended before it could be killed: " + e);
                    }
                    Thread.sleep(200);
                }
                server.start();
                System.out.println("after restart, before restarting the job: " + server.execution(execution));
                execution = server.restart(execution);
            }
            JsonObject end = server.awaitEnd(execution, Duration.ofMillis(500));
            if (!end.getString("status").equals("COMPLETED")) {
                throw new IllegalStateException("the job did not complete: " + end);
            }
            System.out.println((crash ? "restarted" : "clean") + " execution: " + end);
            try (Connection c = seed.connect()) {
                awaitAllSent(c);
                // A mail handed to SMTP just now is stored by GreenMail a moment later; each goes to one address.
                long sent = count(c, "select count(*) from " + NightlySeed.SCHEMA + ".renewal_request where sent_at is not null");
                if (!mail.waitForIncomingEmail(60_000, (int) sent)) {
                    throw new IllegalStateException("the SMTP server did not receive the " + sent + " mails sent");
                }
                return EndState.read(c, today, mail.getReceivedMessages());
            }
        }
    }

    /** Waits until every renewal request is sent or was cut short by the crash (never sent by itself again). */
    private static void awaitAllSent(Connection c) throws SQLException, InterruptedException {
        while (count(c, "select count(*) from " + NightlySeed.SCHEMA
                + ".renewal_request where sent_at is null and sending_since is null") > 0) {
            Thread.sleep(500);
        }
    }

    private static long count(Connection c, String query) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(query)) {
            r.next();
            return r.getLong(1);
        }
    }

    /** What a run leaves: per vendor its nightly status and how many nightly decisions; the requests; the mails. */
    record EndState(Map<Long, String> statuses, Map<Long, Integer> nightlyDecisions, List<String> requests,
            Map<String, Integer> mails, int vendors, int cutShort) {

        static EndState read(Connection c, LocalDate day, MimeMessage[] received) throws SQLException, MessagingException {
            Map<Long, String> statuses = new TreeMap<>();
            try (PreparedStatement s = c.prepareStatement("select vendor_id, status_after from " + NightlySeed.SCHEMA
                    + ".nightly_decision where run_day = ?")) {
                s.setObject(1, day);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        statuses.put(r.getLong(1), r.getString(2));
                    }
                }
            }
            Map<Long, Integer> decisions = new TreeMap<>();
            try (PreparedStatement s = c.prepareStatement("select vendor_id, count(*) from " + NightlySeed.SCHEMA
                    + ".compliance_decision where decided_by = 'nightly-compliance' and as_of = ? group by vendor_id")) {
                s.setObject(1, day);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        decisions.put(r.getLong(1), r.getInt(2));
                    }
                }
            }
            List<String> requests = new ArrayList<>();
            try (ResultSet r = c.createStatement().executeQuery("select vendor_id, anchor_date, milestone_days, recipients from "
                    + NightlySeed.SCHEMA + ".renewal_request order by vendor_id, anchor_date, milestone_days")) {
                while (r.next()) {
                    requests.add(r.getLong(1) + " " + r.getDate(2) + " " + r.getInt(3) + " " + r.getString(4));
                }
            }
            Map<String, Integer> mails = new TreeMap<>();
            for (MimeMessage m : received) {
                for (var to : m.getRecipients(Message.RecipientType.TO)) {
                    mails.merge(to + " | " + m.getSubject(), 1, Integer::sum);
                }
            }
            int vendors = (int) count(c, "select count(*) from " + NightlySeed.SCHEMA + ".vendor");
            int cutShort = (int) count(c, "select count(*) from " + NightlySeed.SCHEMA
                    + ".renewal_request where sent_at is null and sending_since is not null");
            return new EndState(statuses, decisions, requests, mails, vendors, cutShort);
        }

        List<String> differencesFrom(EndState other) {
            List<String> differences = new ArrayList<>();
            for (EndState s : List.of(this, other)) {
                if (s.statuses.size() != s.vendors) {
                    differences.add("vendors skipped: " + (s.vendors - s.statuses.size()) + " of " + s.vendors);
                }
                s.nightlyDecisions.forEach((v, n) -> {
                    if (n != 1) {
                        differences.add("vendor " + v + " decided " + n + " times by the nightly run");
                    }
                });
                s.mails.forEach((k, n) -> {
                    if (n != 1) {
                        differences.add("mail sent " + n + " times: " + k);
                    }
                });
            }
            if (!statuses.equals(other.statuses)) {
                differences.add("statuses differ");
            }
            if (!requests.equals(other.requests)) {
                differences.add("renewal requests differ: " + requests.size() + " against " + other.requests.size());
            }
            // A send the crash cut short is never repeated: its mail may have gone out or not, and nothing else differs.
            var missing = new java.util.TreeSet<>(mails.keySet());
            missing.removeAll(other.mails.keySet());
            var extra = new java.util.TreeSet<>(other.mails.keySet());
            extra.removeAll(mails.keySet());
            if (!extra.isEmpty() || missing.size() > other.cutShort) {
                differences.add("mails differ: " + missing.size() + " missing, " + extra.size() + " extra, "
                        + other.cutShort + " sends cut short by the crash");
            }
            return differences;
        }

        String summary() {
            Map<String, Integer> byStatus = new TreeMap<>();
            statuses.values().forEach(s -> byStatus.merge(s, 1, Integer::sum));
            return String.format("%,d vendors, %,d decided by the nightly run %s, %,d renewal requests, %,d mails,"
                    + " %d sends cut short", vendors, statuses.size(), byStatus, requests.size(),
                    mails.values().stream().mapToInt(Integer::intValue).sum(), cutShort);
        }
    }

    /** The command's settings, system properties with defaults. */
    record Settings(int vendors, String dbUrl, String dbUser, String dbPassword, int portOffset, int smtpPort,
            Path wildflyHome, Path baseDir, Path ear) {

        static Settings read() {
            Path target = Path.of(System.getProperty("load.target", "target")).toAbsolutePath();
            return new Settings(Integer.getInteger("load.vendors", 100_000),
                    System.getProperty("load.db.url", "jdbc:postgresql://localhost:5432/coi_nightly"),
                    System.getProperty("load.db.user", "coi_ci"), System.getProperty("load.db.password", "coi_ci"),
                    Integer.getInteger("load.port.offset", 0), Integer.getInteger("load.smtp.port", 3025),
                    target.resolve(System.getProperty("load.wildfly", "wildfly-39.0.1.Final")),
                    target.resolve("nightly-server"), target.resolve("coi.ear"));
        }

        NightlySeed seed() {
            return new NightlySeed(dbUrl, dbUser, dbPassword);
        }

        NightlyServer server() {
            return new NightlyServer(wildflyHome, baseDir, portOffset, Map.of(
                    "COI_DB_URL", dbUrl, "COI_DB_USER", dbUser, "COI_DB_PASSWORD", dbPassword,
                    "COI_SMTP_PORT", String.valueOf(smtpPort), "COI_NIGHTLY_SCHEDULE", "off",
                    "COI_RENEWAL_SEND_SECONDS", "1", "COI_LINK_KEY", "nightly-check-link-key-0123456789abcdef"));
        }

        /**
         * Starts the server on an emptied database and seeds the vendors (see {@link NightlySeed}, 3 in 100 with an
         * address to mail), all with a profile asking for general liability of at least 1,000,000 each occurrence.
         */
        void startAndSeed(NightlyServer server, NightlySeed seed, LocalDate today) throws Exception {
            server.prepare(ear);
            server.start();
            long started = System.nanoTime();
            seed.seed(vendors, profile(server), 100, today);
            System.out.printf("seeded %,d vendors and %,d policies in %.1f s%n", vendors, 3L * vendors,
                    (System.nanoTime() - started) / 1e9);
        }

        private static long profile(NightlyServer server) {
            var created = server.postJson("/coi/api/v1/requirement-profiles", "{\"name\": \"Nightly load\", \"requirements\":"
                    + " [{\"coverage\": \"GL\", \"minimumLimits\": {\"EACH_OCCURRENCE\": 1000000}}]}");
            if (created.statusCode() != 201) {
                throw new IllegalStateException("could not create the profile: " + created.body());
            }
            return NightlyServer.json(created).getJsonNumber("id").longValue();
        }
    }
}
