package org.opencoi.load;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The nightly-compliance benchmark on PostgreSQL: seeds {@code load.vendors} vendors (default 1,000,000) with three
 * policies each and runs the job on the server (its JVM limited to 1 GiB of heap) twice, timing each end to end and
 * sampling the heap in use: the first night, when every vendor is decided for the first time and so changes status,
 * and a quiet night, when the same vendors are decided again and none changes. Then, in the same run and on the same
 * rows, it times the floor: one plain JDBC pass that reads every vendor's certificate, policies and limits in vendor
 * order and writes one status row per vendor.
 *
 * <p>{@code mvn -pl coi-ear -Pload exec:java@nightly-benchmark -Dload.vendors=1000000}; see BENCHMARKS.md.
 */
public final class NightlyBenchmark {

    private static final Pattern HEAP_USED = Pattern.compile("used (\\d+)K");

    private NightlyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        NightlyCrashCheck.Settings settings = NightlyCrashCheck.Settings.read();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String job = System.getProperty("load.job", "partitions=4&threads=2&chunkSize=500");
        GreenMail mail = new GreenMail(new ServerSetup(settings.smtpPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        NightlySeed seed = settings.seed();
        seed.reset();
        try (NightlyServer server = settings.server()) {
            settings.startAndSeed(server, seed, today);

            // The first night: every seeded vendor is decided for the first time, so every one changes status.
            Run first = run(server, job);
            // A quiet night: the same vendors decided again with nothing new, so no decision changes. The day's
            // marks are removed so that the job decides every vendor once more; what it decided stays in force.
            try (Connection c = seed.connect(); PreparedStatement unmark = c.prepareStatement(
                    "delete from " + NightlySeed.SCHEMA + ".nightly_decision where run_day = ?")) {
                unmark.setObject(1, today);
                unmark.executeUpdate();
            }
            Run quiet = run(server, job);

            double floorSeconds = floor(seed, today);
            double floor = settings.vendors() / floorSeconds;
            System.out.printf("plain JDBC floor:           %,d vendors in %.1f s = %,.0f vendors/s%n", settings.vendors(), floorSeconds, floor);
            first.print("first night (all change)", floor);
            quiet.print("quiet night (none change)", floor);
        } finally {
            mail.stop();
        }
    }

    /**
     * One nightly-compliance execution to its end, timed from its start to its end as the job repository recorded
     * them, with the server's peak heap in use sampled every 2 s. The execution is asked for only every 5 s: each
     * answer counts the day's decisions in the database, work the job's own time should not have to share the
     * machine with.
     */
    private static Run run(NightlyServer server, String job) throws InterruptedException {
        AtomicLong peakHeapKiB = new AtomicLong();
        long pid = server.pid();
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
        sampler.scheduleAtFixedRate(() -> peakHeapKiB.accumulateAndGet(heapUsedKiB(pid), Math::max), 0, 2, TimeUnit.SECONDS);
        JsonObject end = server.awaitEnd(server.startNightlyJob(job), Duration.ofSeconds(5));
        sampler.shutdownNow();
        if (!end.getString("status").equals("COMPLETED")) {
            throw new IllegalStateException("the job did not complete: " + end);
        }
        System.out.println("job execution: " + end);
        double seconds = Duration.between(Instant.parse(end.getString("startedAt")), Instant.parse(end.getString("endedAt")))
                .toNanos() / 1e9;
        JsonObject counts = end.getJsonObject("counts");
        return new Run(counts.getJsonNumber("vendorsDecided").longValue(), counts.getJsonNumber("statusChanges").longValue(),
                seconds, peakHeapKiB.get() / 1024);
    }

    private record Run(long decided, long statusChanges, double seconds, long peakHeapMiB) {

        void print(String night, double floor) {
            double rate = decided / seconds;
            System.out.printf("nightly-compliance, %s: %,d vendors (%,d status changes) in %.1f s = %,.0f vendors/s"
                    + " = %.1f %% of the floor; peak heap in use %,d MiB (-Xmx1g)%n",
                    night, decided, statusChanges, seconds, rate, 100 * rate / floor, peakHeapMiB);
        }
    }

    /** One pass over the same rows with plain JDBC, writing one status row per vendor; answers its seconds. */
    private static double floor(NightlySeed seed, LocalDate today) throws Exception {
        // Reads through a cursor on one connection and writes on another, so that the writes' commits keep the cursor.
        try (Connection reader = seed.connect(); Connection c = seed.connect()) {
            try (Statement s = c.createStatement()) {
                s.execute("drop table if exists public.nightly_floor");
                s.execute("create table public.nightly_floor (vendor_id bigint primary key, status varchar(20) not null)");
            }
            reader.setAutoCommit(false);
            c.setAutoCommit(false);
            long started = System.nanoTime();
            try (PreparedStatement read = reader.prepareStatement("select v.id, v.name, c.insured_name, p.coverage, p.expiration_date,"
                    + " l.limit_kind, l.amount from " + NightlySeed.SCHEMA + ".vendor v join " + NightlySeed.SCHEMA
                    + ".certificate c on c.vendor_id = v.id join " + NightlySeed.SCHEMA + ".policy p on p.certificate_id = c.id"
                    + " left join " + NightlySeed.SCHEMA + ".policy_limit l on l.policy_id = p.id"
                    + " where v.active and v.requirement_profile_id is not null order by v.id");
                 PreparedStatement write = c.prepareStatement("insert into public.nightly_floor (vendor_id, status) values (?, ?)")) {
                read.setFetchSize(10_000);
                long vendor = -1;
                boolean expired = false;
                boolean expiring = false;
                boolean limitLow = false;
                int pending = 0;
                Date soon = Date.valueOf(today.plusDays(30));
                Date now = Date.valueOf(today);
                try (ResultSet r = read.executeQuery()) {
                    while (r.next()) {
                        long id = r.getLong(1);
                        if (id != vendor) {
                            if (vendor != -1) {
                                pending = write(write, vendor, expired || limitLow ? "NON_COMPLIANT" : expiring ? "EXPIRING" : "COMPLIANT", pending, c);
                            }
                            vendor = id;
                            expired = expiring = limitLow = false;
                        }
                        if ("GL".equals(r.getString(4))) {
                            Date expiry = r.getDate(5);
                            expired |= expiry.before(now);
                            expiring |= expiry.before(soon);
                            BigDecimal amount = r.getBigDecimal(7);
                            limitLow |= "EACH_OCCURRENCE".equals(r.getString(6)) && amount.compareTo(BigDecimal.valueOf(1_000_000)) < 0;
                        }
                    }
                }
                if (vendor != -1) {
                    write(write, vendor, expired || limitLow ? "NON_COMPLIANT" : expiring ? "EXPIRING" : "COMPLIANT", pending, c);
                }
                write.executeBatch();
                c.commit();
            }
            return (System.nanoTime() - started) / 1e9;
        }
    }

    private static int write(PreparedStatement write, long vendor, String status, int pending, Connection c) throws Exception {
        write.setLong(1, vendor);
        write.setString(2, status);
        write.addBatch();
        if (++pending == 1000) {
            write.executeBatch();
            c.commit();
            return 0;
        }
        return pending;
    }

    private static long heapUsedKiB(long pid) {
        try {
            Process jcmd = new ProcessBuilder("jcmd", String.valueOf(pid), "GC.heap_info").redirectErrorStream(true).start();
            String out = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            jcmd.waitFor(10, TimeUnit.SECONDS);
            Matcher used = HEAP_USED.matcher(out);
            return used.find() ? Long.parseLong(used.group(1)) : 0;
        } catch (IOException | InterruptedException e) {
            return 0;
        }
    }
}
