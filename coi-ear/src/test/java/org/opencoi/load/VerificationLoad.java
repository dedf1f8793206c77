package org.opencoi.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A throughput command for carrier verification on a running OpenCOI with the carrier simulator beside it:
 * sets up 4 carriers served by the simulator over loopback (rate limit and circuit breaker in place),
 * enters certificates whose policies are spread over them while the carriers have no service, then gives
 * the carriers their service, which queues every policy at once, and times how long the route takes to
 * verify them all (queue, SOAP call, judging, storing and auditing each result). The floor, measured in the
 * same run, is the same number of SOAP inquiries sent straight to the simulator by as many threads as the
 * route uses.
 *
 * <p>Run against the server of {@code mvn -Prun package}:
 * {@code mvn -pl coi-ear -Pload exec:java@verification-load -Dload.policies=2000}.
 */
public final class VerificationLoad {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final int CARRIERS = 4;
    private static final int POLICIES_PER_CERTIFICATE = 20;
    /** The route's parallel split runs on Camel's default pool of 10 threads. */
    private static final int ROUTE_THREADS = 10;
    private static final Pattern OUTCOME = Pattern.compile("\"outcome\":\"([A-Z_]+)\"");

    private VerificationLoad() {
    }

    public static void main(String[] args) throws Exception {
        String server = System.getProperty("load.server", "http://localhost:8080");
        int policies = Integer.getInteger("load.policies", 2000);
        int ratePerCarrier = Integer.getInteger("load.rate", 1000);
        String auth = "Basic " + Base64.getEncoder().encodeToString(
                System.getProperty("load.user", "admin:admin").getBytes(StandardCharsets.UTF_8));
        String simulator = server + "/carrier-simulator/CarrierVerification";

        List<String> carriers = new ArrayList<>();
        int first = ThreadLocalRandom.current().nextInt(10_000, 99_000);
        for (int i = 0; i < CARRIERS; i++) {
            String naic = String.valueOf(first + i);
            carriers.add(naic);
            carrier(server, auth, naic, null, ratePerCarrier);
        }
        long vendorId = vendorWithProfile(server, auth);
        for (int entered = 0; entered < policies; entered += POLICIES_PER_CERTIFICATE) {
            certificate(server, auth, vendorId, carriers, entered, Math.min(POLICIES_PER_CERTIFICATE, policies - entered));
        }

        double floor = floor(simulator, carriers, policies);

        long start = System.nanoTime();
        for (String naic : carriers) {
            carrier(server, auth, naic, simulator, ratePerCarrier);
        }
        int confirmed = 0;
        while (confirmed < policies) {
            // Polling lightly, so that the command measures the server rather than its own polling.
            Thread.sleep(250);
            String body = send(server, auth, "GET", "/coi/api/v1/vendors/" + vendorId + "/verifications", null).body();
            Matcher outcome = OUTCOME.matcher(body);
            int done = 0;
            int failed = 0;
            while (outcome.find()) {
                switch (outcome.group(1)) {
                    case "CONFIRMED" -> done++;
                    case "PENDING", "NOT_VERIFIABLE" -> { }
                    default -> failed++;
                }
            }
            if (failed > 0) {
                throw new IllegalStateException(failed + " verifications did not confirm; is the simulator deployed?");
            }
            confirmed = done;
            if ((System.nanoTime() - start) / 1_000_000_000 > 600) {
                throw new IllegalStateException("only " + confirmed + " of " + policies + " verified in 10 minutes");
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double perSecond = policies / seconds;
        System.out.printf("verified %d policies of %d carriers in %.2f s: %.0f verifications/s%n",
                policies, CARRIERS, seconds, perSecond);
        System.out.printf("floor (SOAP inquiries straight to the simulator, %d threads): %.0f/s; the route reaches %.0f %% of it%n",
                ROUTE_THREADS, floor, 100 * perSecond / floor);
    }

    /** SOAP inquiries per second straight to the simulator, spread over the carriers, as many at a time as the route. */
    private static double floor(String simulator, List<String> carriers, int count) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(ROUTE_THREADS);
        try {
            long start = System.nanoTime();
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String naic = carriers.get(i % carriers.size());
                String policy = "FLOOR-" + i;
                answers.add(pool.submit(() -> HTTP.send(HttpRequest.newBuilder(URI.create(simulator))
                        .header("Content-Type", "text/xml;charset=UTF-8")
                        .header("SOAPAction", "\"urn:opencoi:carrier:verification:1:verifyPolicy\"")
                        .POST(HttpRequest.BodyPublishers.ofString(inquiry(policy, naic))).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode()));
            }
            for (Future<Integer> answer : answers) {
                if (answer.get() != 200) {
                    throw new IllegalStateException("the simulator answered " + answer.get());
                }
            }
            return count / ((System.nanoTime() - start) / 1e9);
        } finally {
            pool.shutdown();
        }
    }

    private static String inquiry(String policy, String naic) {
        return "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body>"
                + "<v:verifyPolicy xmlns:v=\"urn:opencoi:carrier:verification:1\"><v:inquiry>"
                + "<v:policyNumber>" + policy + "</v:policyNumber><v:naicCode>" + naic + "</v:naicCode>"
                + "<v:lineOfBusiness>GL</v:lineOfBusiness><v:insuredName>Load Test Vendor</v:insuredName>"
                + "<v:asOfDate>" + LocalDate.now() + "</v:asOfDate></v:inquiry></v:verifyPolicy></soap:Body></soap:Envelope>";
    }

    private static void carrier(String server, String auth, String naic, String endpoint, int rate) {
        String body = "{\"name\": \"Load carrier " + naic + "\", \"timeoutMillis\": 5000, \"requestsPerSecond\": " + rate
                + (endpoint == null ? "" : ", \"endpointUrl\": \"" + endpoint + "\"") + "}";
        expect(send(server, auth, "PUT", "/coi/api/v1/carriers/" + naic, body), 200);
    }

    private static long vendorWithProfile(String server, String auth) {
        String profile = "{\"name\": \"Verification load " + UUID.randomUUID() + "\", \"expiringWindowDays\": 30,"
                + " \"requirements\": [{\"coverage\": \"GL\", \"minimumLimits\": {\"EACH_OCCURRENCE\": 1000000}}]}";
        long profileId = id(expect(send(server, auth, "POST", "/coi/api/v1/requirement-profiles", profile), 201));
        String vendor = "{\"sourceSystem\": \"LOAD\", \"externalId\": \"VL-" + UUID.randomUUID() + "\","
                + " \"name\": \"Verification Load Vendor\", \"requirementProfileId\": " + profileId + "}";
        return id(expect(send(server, auth, "POST", "/coi/api/v1/vendors", vendor), 201));
    }

    private static void certificate(String server, String auth, long vendorId, List<String> carriers, int from, int count) {
        LocalDate today = LocalDate.now();
        StringBuilder policies = new StringBuilder();
        for (int i = from; i < from + count; i++) {
            policies.append(i == from ? "" : ",").append("{\"coverage\": \"GL\", \"policyNumber\": \"VL-").append(vendorId)
                    .append('-').append(i).append("\", \"insurerLetter\": \"A\", \"insurerName\": \"Load carrier\",")
                    .append(" \"insurerNaic\": \"").append(carriers.get(i % carriers.size())).append("\",")
                    .append(" \"effectiveDate\": \"").append(today.minusMonths(1)).append("\",")
                    .append(" \"expirationDate\": \"").append(today.plusMonths(11)).append("\",")
                    .append(" \"limits\": {\"EACH_OCCURRENCE\": 1000000}}");
        }
        String certificate = "{\"insuredName\": \"Verification Load Vendor\", \"holderName\": \"Load Holder\","
                + " \"issuedOn\": \"" + today + "\", \"policies\": [" + policies + "]}";
        expect(send(server, auth, "POST", "/coi/api/v1/vendors/" + vendorId + "/certificates", certificate), 201);
    }

    private static HttpResponse<String> send(String server, String auth, String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server + path)).header("Authorization", auth);
        request = json == null ? request.GET()
                : request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        }
    }

    private static HttpResponse<String> expect(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(response.request().uri() + " answered " + response.statusCode() + ": " + response.body());
        }
        return response;
    }

    private static long id(HttpResponse<String> response) {
        Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(response.body());
        if (!id.find()) {
            throw new IllegalStateException("no id in " + response.body());
        }
        return Long.parseLong(id.group(1));
    }
}
