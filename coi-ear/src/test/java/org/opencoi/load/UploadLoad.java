package org.opencoi.load;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opencoi.certificate.fixtures.Acord25Pdf;

/**
 * A load command for the whole upload path of a running OpenCOI (HTTP upload, read, decision, stored):
 * registers vendors with a profile ({@code -Dload.vendors}, one by default, so that its decisions rest on
 * every certificate uploaded), then uploads distinct filled ACORD 25 certificates to them in turn, one
 * after the other over loopback, and reports the latency of each as the client sees it and as the
 * server says in its Server-Timing header (median, p90, p99).
 *
 * <p>Run against the server of {@code mvn -Prun package}:
 * {@code mvn -pl coi-ear -Pload exec:java@upload-load -Dload.uploads=300}.
 */
public final class UploadLoad {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final DateTimeFormatter ACORD_DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy");

    private UploadLoad() {
    }

    public static void main(String[] args) throws Exception {
        String server = System.getProperty("load.server", "http://localhost:8080");
        int uploads = Integer.getInteger("load.uploads", 300);
        int warmup = Integer.getInteger("load.warmup", 50);
        String auth = "Basic " + Base64.getEncoder().encodeToString(
                System.getProperty("load.user", "admin:admin").getBytes(StandardCharsets.UTF_8));

        int vendorCount = Integer.getInteger("load.vendors", 1);
        List<Long> vendorIds = new ArrayList<>();
        for (int v = 0; v < vendorCount; v++) {
            vendorIds.add(registerVendorWithProfile(server, auth));
        }
        List<byte[]> pdfs = new ArrayList<>();
        for (int i = 0; i < warmup + uploads; i++) {
            pdfs.add(certificate("Load Test Vendor " + vendorIds.get(i % vendorCount), i));
        }
        List<Long> micros = new ArrayList<>();
        List<Long> serverMicros = new ArrayList<>();
        for (int i = 0; i < pdfs.size(); i++) {
            long start = System.nanoTime();
            HttpResponse<String> response = upload(server, auth, vendorIds.get(i % vendorCount), pdfs.get(i));
            long elapsed = (System.nanoTime() - start) / 1_000;
            if (response.statusCode() != 201) {
                throw new IllegalStateException("upload " + i + " answered " + response.statusCode() + ": " + response.body());
            }
            if (i >= warmup) {
                micros.add(elapsed);
                serverMicros.add(serverMicros(response));
            }
        }
        report("client", micros, warmup, pdfs.get(0).length);
        report("server", serverMicros, warmup, pdfs.get(0).length);
    }

    private static void report(String seenBy, List<Long> micros, int warmup, int pdfBytes) {
        Collections.sort(micros);
        System.out.printf("%s: uploads=%d (after %d warm-up) pdfBytes~%d median=%.1f ms p90=%.1f ms p99=%.1f ms max=%.1f ms%n",
                seenBy, micros.size(), warmup, pdfBytes, Percentiles.of(micros, 50), Percentiles.of(micros, 90),
                Percentiles.of(micros, 99), micros.get(micros.size() - 1) / 1000.0);
    }

    /** The server's own time for the request, from its Server-Timing header ("app;dur=12.34", in milliseconds). */
    private static long serverMicros(HttpResponse<String> response) {
        String timing = response.headers().firstValue("Server-Timing")
                .orElseThrow(() -> new IllegalStateException("the server sent no Server-Timing header"));
        Matcher duration = Pattern.compile("app;dur=([0-9.]+)").matcher(timing);
        if (!duration.find()) {
            throw new IllegalStateException("no app duration in Server-Timing: " + timing);
        }
        return Math.round(Double.parseDouble(duration.group(1)) * 1000);
    }


    private static byte[] certificate(String insured, int i) {
        LocalDate effective = LocalDate.now().minusMonths(1);
        return Acord25Pdf.fillable()
                .with("CertificateOfInsurance_CertificateNumberIdentifier_A", UUID.randomUUID().toString())
                .with("Producer_FullName_A", "Harbor Risk Partners")
                .with("NamedInsured_FullName_A", insured)
                .with("CertificateHolder_FullName_A", "OpenCOI Demo Corporation")
                .with("Insurer_FullName_A", "Travelers Indemnity Company")
                .with("Insurer_NAICCode_A", "25658")
                .with("GeneralLiability_InsurerLetterCode_A", "A")
                .with("GeneralLiability_CoverageIndicator_A", "Yes")
                .with("GeneralLiability_OccurrenceIndicator_A", "Yes")
                .with("Policy_GeneralLiability_PolicyNumberIdentifier_A", "GL-" + i)
                .with("Policy_GeneralLiability_EffectiveDate_A", effective.format(ACORD_DATE))
                .with("Policy_GeneralLiability_ExpirationDate_A", effective.plusYears(1).format(ACORD_DATE))
                .with("GeneralLiability_EachOccurrence_LimitAmount_A", "1,000,000")
                .with("GeneralLiability_GeneralAggregate_LimitAmount_A", "2,000,000")
                .build();
    }

    private static long registerVendorWithProfile(String server, String auth) throws Exception {
        HttpResponse<String> profile = post(server + "/coi/api/v1/requirement-profiles", auth, "application/json",
                "{\"name\": \"Load " + UUID.randomUUID() + "\", \"requirements\": [{\"coverage\": \"GL\","
                        + " \"minimumLimits\": {\"EACH_OCCURRENCE\": 1000000}}]}");
        long profileId = id(profile);
        HttpResponse<String> vendor = post(server + "/coi/api/v1/vendors", auth, "application/json",
                "{\"sourceSystem\": \"LOAD\", \"externalId\": \"" + UUID.randomUUID() + "\", \"name\": \"Load Test Vendor\","
                        + " \"requirementProfileId\": " + profileId + "}");
        return id(vendor);
    }

    private static HttpResponse<String> upload(String server, String auth, long vendorId, byte[] pdf) throws Exception {
        String boundary = "load-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"coi.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(pdf);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(server + "/coi/api/v1/vendors/" + vendorId + "/certificates"))
                .header("Authorization", auth)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    private static HttpResponse<String> post(String url, String auth, String type, String body) throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", auth)
                .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofString(body)).build());
        if (response.statusCode() != 201) {
            throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
        }
        return response;
    }

    private static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static long id(HttpResponse<String> response) {
        Matcher matcher = Pattern.compile("\"id\":(\\d+)").matcher(response.body());
        if (!matcher.find()) {
            throw new IllegalStateException("no id in " + response.body());
        }
        return Long.parseLong(matcher.group(1));
    }
}
