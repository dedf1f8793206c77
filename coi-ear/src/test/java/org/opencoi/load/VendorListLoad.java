package org.opencoi.load;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A benchmark command for the vendor list screen of a running OpenCOI: seeds vendors through the ERP sync
 * API until there are at least {@code load.vendors} (default 100,000), then renders the list's first page
 * (whole HTML, as a signed-in browser gets it) again and again, unfiltered, filtered by a text and by a
 * status, and reports the latency of each; the floor is the sign-in page, a page of the same template
 * machinery with no data, rendered in the same run.
 *
 * <p>Run against the server of {@code mvn -Prun package}:
 * {@code mvn -pl coi-ear -Pload exec:java@vendor-list-load -Dload.vendors=100000 -Dload.renders=200}.
 */
public final class VendorListLoad {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final Pattern TOTAL = Pattern.compile("\"total\":(\\d+)");
    private static final int BATCH = 1_000;

    private VendorListLoad() {
    }

    public static void main(String[] args) throws Exception {
        String server = System.getProperty("load.server", "http://localhost:8080");
        int vendors = Integer.getInteger("load.vendors", 100_000);
        int renders = Integer.getInteger("load.renders", 200);
        int warmup = Integer.getInteger("load.warmup", 50);
        String auth = "Basic " + Base64.getEncoder().encodeToString(
                System.getProperty("load.user", "admin:admin").getBytes(StandardCharsets.UTF_8));

        long held = seed(server, auth, vendors);
        System.out.printf("vendors in the database: %d%n", held);
        report("floor: sign-in page", server + "/coi/login.xhtml", null, "j_password", warmup, renders);
        report("vendor list, first page", server + "/coi/vendors.xhtml", auth, "vendors</span>", warmup, renders);
        report("vendor list, text search", server + "/coi/vendors.xhtml?q=0042", auth, "vendors</span>", warmup, renders);
        report("vendor list, one status", server + "/coi/vendors.xhtml?status=NO_CERTIFICATE", auth, "vendors</span>", warmup, renders);
    }

    /** Adds vendors in batches of 1,000 until the database holds at least the given number. */
    private static long seed(String server, String auth, int target) throws Exception {
        long held = total(server, auth);
        long next = held;
        while (held < target) {
            JsonArrayBuilder batch = Json.createArrayBuilder();
            for (int i = 0; i < BATCH; i++, next++) {
                batch.add(Json.createObjectBuilder()
                        .add("externalId", String.format("LOAD-%07d", next))
                        .add("version", 1)
                        .add("name", String.format("Load Vendor %07d", next))
                        .add("category", "LOAD"));
            }
            HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(server + "/coi/api/v1/sync/vendors"))
                    .header("Authorization", auth).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder()
                            .add("sourceSystem", "LOAD").add("vendors", batch).build().toString()))
                    .build());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("seeding answered " + answer.statusCode() + ": " + answer.body());
            }
            held = total(server, auth);
        }
        return held;
    }

    private static long total(String server, String auth) throws Exception {
        HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(server + "/coi/api/v1/vendors?limit=1"))
                .header("Authorization", auth).GET().build());
        Matcher total = TOTAL.matcher(page.body());
        if (page.statusCode() != 200 || !total.find()) {
            throw new IllegalStateException("listing vendors answered " + page.statusCode() + ": " + page.body());
        }
        return Long.parseLong(total.group(1));
    }

    private static void report(String what, String url, String auth, String expected, int warmup, int renders)
            throws Exception {
        List<Long> micros = new ArrayList<>();
        for (int i = 0; i < warmup + renders; i++) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
            if (auth != null) {
                request.header("Authorization", auth);
            }
            long start = System.nanoTime();
            HttpResponse<String> page = send(request.build());
            long elapsed = (System.nanoTime() - start) / 1_000;
            if (page.statusCode() != 200 || !page.body().contains(expected)) {
                throw new IllegalStateException(what + " answered " + page.statusCode() + " without " + expected);
            }
            if (i >= warmup) {
                micros.add(elapsed);
            }
        }
        Collections.sort(micros);
        System.out.printf("%-26s renders=%d median=%.1f ms p90=%.1f ms p99=%.1f ms max=%.1f ms%n", what, micros.size(),
                Percentiles.of(micros, 50), Percentiles.of(micros, 90), Percentiles.of(micros, 99), micros.get(micros.size() - 1) / 1000.0);
    }


    private static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
