package org.opencoi.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;

/**
 * A load command for ERP vendor sync on a running OpenCOI: sends feeds of new vendors in batches of 1,000,
 * one batch at a time, over REST ({@code POST /coi/api/v1/sync/vendors}) and over SOAP
 * ({@code upsertVendors}), and reports vendors synced per second for three passes of the same vendors:
 * created, updated (a newer version with a new name) and replayed (the same batch again, answered
 * UNCHANGED). The replay is the floor: the request, its parsing and the look-up of the held vendors,
 * with nothing written.
 *
 * <p>Run against the server of {@code mvn -Prun package}:
 * {@code mvn -pl coi-ear -Pload exec:java@vendor-sync-load -Dload.vendors=20000}.
 */
public final class VendorSyncLoad {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final int BATCH = 1000;
    private static final String NS = "urn:opencoi:sync:vendor:1";

    private final String server;
    private final String auth;

    private VendorSyncLoad(String server, String auth) {
        this.server = server;
        this.auth = auth;
    }

    public static void main(String[] args) throws Exception {
        String server = System.getProperty("load.server", "http://localhost:8080");
        int vendors = Integer.getInteger("load.vendors", 20_000);
        String auth = "Basic " + Base64.getEncoder().encodeToString(
                System.getProperty("load.user", "erp:erp").getBytes(StandardCharsets.UTF_8));
        VendorSyncLoad load = new VendorSyncLoad(server, auth);

        // Warm-up: one full round of each way with vendors of their own, not counted.
        load.rest(source("WARM-REST"), Math.min(vendors, 5 * BATCH));
        load.soap(source("WARM-SOAP"), Math.min(vendors, 5 * BATCH));

        load.report("REST", load.rest(source("LOAD-REST"), vendors));
        load.report("SOAP", load.soap(source("LOAD-SOAP"), vendors));
    }

    private static String source(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Vendors per second of each pass: created, updated, replayed. */
    private double[] rest(String source, int vendors) throws Exception {
        return passes(vendors, (version, start) -> post("/coi/api/v1/sync/vendors", "application/json",
                restBatch(source, start, version)));
    }

    private double[] soap(String source, int vendors) throws Exception {
        return passes(vendors, (version, start) -> post("/coi-ws/VendorSync", "text/xml; charset=UTF-8",
                soapBatch(source, start, version)));
    }

    private interface Send {
        void batch(long version, int start) throws Exception;
    }

    private double[] passes(int vendors, Send send) throws Exception {
        double created = pass(vendors, 1, send);
        double updated = pass(vendors, 2, send);
        double replayed = pass(vendors, 2, send);
        return new double[] {created, updated, replayed};
    }

    private static double pass(int vendors, long version, Send send) throws Exception {
        long begin = System.nanoTime();
        for (int start = 0; start < vendors; start += BATCH) {
            send.batch(version, start);
        }
        return vendors / ((System.nanoTime() - begin) / 1e9);
    }

    private void report(String way, double[] rates) {
        System.out.printf("%s batches of %d: created %.0f vendors/s, updated %.0f vendors/s, replayed (floor) %.0f vendors/s;"
                        + " create at %.0f %% of the floor%n",
                way, BATCH, rates[0], rates[1], rates[2], 100 * rates[0] / rates[2]);
    }

    private static String name(int i, long version) {
        return "Load Vendor " + i + (version > 1 ? " (v" + version + ")" : "");
    }

    private static String restBatch(String source, int start, long version) {
        StringBuilder json = new StringBuilder("{\"sourceSystem\":\"" + source + "\",\"vendors\":[");
        for (int i = start; i < start + BATCH; i++) {
            json.append(i > start ? "," : "").append("""
                    {"externalId":"L-%d","version":%d,"name":"%s","taxId":"12-3456789","addressLine":"1 Main St",\
                    "city":"Springfield","state":"IL","postalCode":"62701","country":"US",\
                    "contactEmail":"ops%d@vendor.example","agentEmail":"agent@broker.example","category":"LOW"}"""
                    .formatted(i, version, name(i, version), i));
        }
        return json.append("]}").toString();
    }

    private static String soapBatch(String source, int start, long version) {
        StringBuilder xml = new StringBuilder("""
                <soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:v="%s"><soapenv:Body>\
                <v:upsertVendors><v:sourceSystem>%s</v:sourceSystem>""".formatted(NS, source));
        for (int i = start; i < start + BATCH; i++) {
            xml.append("""
                    <v:vendor><v:externalId>L-%d</v:externalId><v:version>%d</v:version><v:name>%s</v:name>\
                    <v:taxId>12-3456789</v:taxId><v:address><v:line>1 Main St</v:line><v:city>Springfield</v:city>\
                    <v:state>IL</v:state><v:postalCode>62701</v:postalCode><v:country>US</v:country></v:address>\
                    <v:contactEmail>ops%d@vendor.example</v:contactEmail><v:agentEmail>agent@broker.example</v:agentEmail>\
                    <v:category>LOW</v:category></v:vendor>""".formatted(i, version, name(i, version), i));
        }
        return xml.append("</v:upsertVendors></soapenv:Body></soapenv:Envelope>").toString();
    }

    private void post(String path, String contentType, String body) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(server + path))
                .timeout(Duration.ofMinutes(5))
                .header("Authorization", auth)
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
        if (response.body().contains("REJECTED")) {
            throw new IllegalStateException(path + " rejected records: " + response.body());
        }
    }
}
