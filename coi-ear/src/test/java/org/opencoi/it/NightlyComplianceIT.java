package org.opencoi.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonObject;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.opencoi.certificate.fixtures.Acord25Pdf;
import org.opencoi.notification.domain.RenewalLink;

/**
 * The nightly-compliance job end to end: it decides the vendors, queues their renewal requests, and the requests
 * arrive by SMTP (a GreenMail server in this JVM, which the test server's mail session points at) with a signed link
 * to the upload page, which takes a PDF without an account. Running the job again the same day sends nothing new.
 */
class NightlyComplianceIT extends DeployedEarTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    private static final Pattern LINK = Pattern.compile("(http://\\S+/coi/upload\\?token=([A-Za-z0-9_.-]+))");

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(
            new ServerSetup(Integer.getInteger("it.smtp.port"), "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
            .withPerMethodLifecycle(false);

    @Test
    void renewalRequestsGoOutOnceWithALinkThatTakesTheCertificate() throws Exception {
        String domain = "v" + UUID.randomUUID().toString().substring(0, 8) + ".example";
        long profileId = profile();
        String expiringName = "Expiring Roofing " + domain;
        long expiring = vendor(expiringName, "office@" + domain, "agent@" + domain, profileId);
        LocalDate expiry = TODAY.plusDays(10);
        assertThat(CoiClient.as("admin").upload("/coi/api/v1/vendors/" + expiring + "/certificates", "gl.pdf",
                Acord25Pdf.fillable().with(CertificateUploadIT.certificate(expiringName, "$1,000,000", expiry)).build())
                .statusCode()).isEqualTo(201);
        String missingName = "No Paper Plumbing " + domain;
        long missing = vendor(missingName, "desk@" + domain, null, profileId);

        JsonObject first = runNightlyJob();

        assertThat(first.getJsonObject("counts").getJsonNumber("vendorsDecided").longValue()).isGreaterThanOrEqualTo(2);
        MimeMessage[] sent = await().atMost(Duration.ofSeconds(60))
                .until(() -> MAIL.getReceivedMessagesForDomain(domain), m -> m.length == 3);
        MimeMessage toExpiring = Arrays.stream(sent).filter(m -> subject(m).contains(expiringName)).findFirst().orElseThrow();
        assertThat(Arrays.stream(toExpiring.getRecipients(Message.RecipientType.TO)).map(Object::toString))
                .containsExactly("office@" + domain, "agent@" + domain);
        MimeMultipart alternatives = (MimeMultipart) toExpiring.getContent();
        assertThat(alternatives.getContentType()).startsWith("multipart/alternative");
        String text = GreenMailUtil.getBody(alternatives.getBodyPart(0));
        assertThat(alternatives.getBodyPart(0).getContentType()).startsWith("text/plain");
        assertThat(alternatives.getBodyPart(1).getContentType()).startsWith("text/html");
        assertThat(decoded(alternatives, 0)).contains(expiringName).contains("expires on " + expiry);
        assertThat(decoded(alternatives, 1)).contains("<li>").contains("expires on " + expiry).contains("/coi/upload?token=");
        MimeMessage toMissing = Arrays.stream(sent).filter(m -> subject(m).contains(missingName)).findFirst().orElseThrow();
        assertThat(Arrays.stream(toMissing.getRecipients(Message.RecipientType.TO)).map(Object::toString))
                .containsExactly("desk@" + domain);

        Matcher link = LINK.matcher(decoded(alternatives, 0));
        assertThat(link.find()).as(text).isTrue();
        String page = URI.create(link.group(1)).getRawPath() + "?" + URI.create(link.group(1)).getRawQuery();
        HttpResponse<String> opened = CoiClient.anonymous().get(page);
        assertThat(opened.statusCode()).isEqualTo(200);
        assertThat(opened.body()).contains(expiringName).contains("expires on " + expiry)
                .doesNotContain(missingName);

        HttpResponse<String> uploaded = CoiClient.anonymous().upload(page, "renewed.pdf", Acord25Pdf.fillable()
                .with(CertificateUploadIT.certificate(expiringName, "$1,000,000", TODAY.plusYears(1))).build());
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
        assertThat(uploaded.body()).contains("Thank you");
        assertThat(CoiClient.jsonArray(CoiClient.as("admin").get("/coi/api/v1/vendors/" + expiring + "/certificates")))
                .hasSize(2);
        long requestId = RenewalLink.verify(link.group(2), List.of(key())).orElseThrow().requestId();
        assertThat(CoiClient.jsonArray(CoiClient.as("admin")
                .get("/coi/api/v1/audit-events?recordType=RenewalRequest&recordId=" + requestId)).getValuesAs(JsonObject.class))
                .anySatisfy(e -> {
                    assertThat(e.getString("actor")).isEqualTo("vendor-link");
                    assertThat(e.getString("action")).isEqualTo("VENDOR_LINK_UPLOAD");
                });

        Map<Long, Integer> decisionsBefore = Map.of(expiring, decisions(expiring).size(), missing, decisions(missing).size());
        JsonObject second = runNightlyJob();

        assertThat(second.getString("status")).isEqualTo("COMPLETED");
        for (long vendorId : new long[] {expiring, missing}) {
            List<JsonObject> requests = CoiClient.jsonArray(CoiClient.as("admin")
                    .get("/coi/api/v1/renewal-requests?vendorId=" + vendorId)).getValuesAs(JsonObject.class);
            assertThat(requests).as("one request per vendor, sent").hasSize(1)
                    .allSatisfy(r -> assertThat(r.containsKey("sentAt") && !r.isNull("sentAt")).isTrue());
            String vendorPage = CoiClient.as("admin").get("/coi/vendor.xhtml?id=" + vendorId).body();
            assertThat(vendorPage).as("the vendor page lists the request").contains("Renewal requests")
                    .contains(requests.get(0).getJsonArray("recipients").getString(0))
                    .doesNotContain("No renewal request queued.");
            assertThat(decisions(vendorId)).as("a run that finds what the decision in force found records no decision")
                    .hasSize(decisionsBefore.get(vendorId));
        }
        assertThat(MAIL.getReceivedMessagesForDomain(domain)).hasSize(3);
    }

    private static List<JsonObject> decisions(long vendorId) {
        return CoiClient.jsonArray(CoiClient.as("admin").get("/coi/api/v1/vendors/" + vendorId + "/compliance/history?limit=50"))
                .getValuesAs(JsonObject.class);
    }

    @Test
    void tamperedExpiredAndForeignLinksAreRefused() {
        String token = new RenewalLink(1, 1, TODAY.plusDays(5)).sign(key());

        HttpResponse<String> tampered = CoiClient.anonymous().get("/coi/upload?token=" + token.substring(0, token.length() - 2) + "AA");
        assertThat(tampered.statusCode()).isEqualTo(403);
        assertThat(tampered.body()).contains("not valid");
        HttpResponse<String> expired = CoiClient.anonymous().get("/coi/upload?token="
                + new RenewalLink(1, 1, TODAY.minusDays(1)).sign(key()));
        assertThat(expired.statusCode()).isEqualTo(403);
        assertThat(expired.body()).contains("expired on " + TODAY.minusDays(1));
        HttpResponse<String> foreign = CoiClient.anonymous().get("/coi/upload?token="
                + new RenewalLink(Long.MAX_VALUE, 1, TODAY.plusDays(5)).sign(key()));
        assertThat(foreign.statusCode()).isEqualTo(404);
        assertThat(CoiClient.anonymous().upload("/coi/upload?token=" + token + "x", "x.pdf", new byte[] {1}).statusCode())
                .isEqualTo(403);
        assertThat(CoiClient.anonymous().get("/coi/upload").statusCode()).isEqualTo(403);
    }

    @Test
    void onlyAdminsSeeRenewalRequestsAndExecutions() {
        assertThat(CoiClient.as("viewer").get("/coi/api/v1/renewal-requests").statusCode()).isEqualTo(403);
        assertThat(CoiClient.as("viewer").get("/coi/api/v1/batch/jobs/nightly-compliance/executions").statusCode()).isEqualTo(403);
        assertThat(CoiClient.as("admin").get("/coi/api/v1/batch/jobs/nightly-compliance/executions").statusCode()).isEqualTo(200);
        assertThat(CoiClient.as("admin").postEmpty("/coi/api/v1/batch/jobs/nightly-compliance/executions?partitions=0")
                .statusCode()).isEqualTo(400);
    }

    private static JsonObject runNightlyJob() {
        HttpResponse<String> started = CoiClient.as("admin")
                .postEmpty("/coi/api/v1/batch/jobs/nightly-compliance/executions?partitions=3&threads=2&chunkSize=7");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        String execution = URI.create(started.headers().firstValue("Location").orElseThrow()).getPath();
        JsonObject finished = await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(300))
                .until(() -> CoiClient.json(CoiClient.as("admin").get(execution)),
                        e -> !e.getString("status").equals("STARTING") && !e.getString("status").equals("STARTED"));
        assertThat(finished.getString("status")).as(finished.toString()).isEqualTo("COMPLETED");
        assertThat(CoiClient.jsonArray(CoiClient.as("admin").get("/coi/api/v1/batch/jobs/nightly-compliance/executions"))
                .getValuesAs(JsonObject.class)).extracting(e -> e.getJsonNumber("id").longValue())
                .contains(finished.getJsonNumber("id").longValue());
        return finished;
    }

    private static long profile() {
        HttpResponse<String> profile = CoiClient.as("admin").postJson("/coi/api/v1/requirement-profiles",
                "{\"name\": \"Nightly " + UUID.randomUUID() + "\", \"requirements\": [{\"coverage\": \"GL\","
                        + " \"minimumLimits\": {\"EACH_OCCURRENCE\": 1000000}}]}");
        assertThat(profile.statusCode()).as(profile.body()).isEqualTo(201);
        return CoiClient.json(profile).getJsonNumber("id").longValue();
    }

    private static long vendor(String name, String contact, String agent, long profileId) {
        HttpResponse<String> vendor = CoiClient.as("erp").postJson("/coi/api/v1/vendors",
                "{\"sourceSystem\": \"IT-ERP\", \"externalId\": \"IT-" + UUID.randomUUID() + "\", \"name\": \"" + name
                        + "\", \"contactEmail\": \"" + contact + "\""
                        + (agent == null ? "" : ", \"agentEmail\": \"" + agent + "\"")
                        + ", \"requirementProfileId\": " + profileId + "}");
        assertThat(vendor.statusCode()).as(vendor.body()).isEqualTo(201);
        return CoiClient.json(vendor).getJsonNumber("id").longValue();
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String decoded(MimeMultipart alternatives, int index) throws Exception {
        return new String(alternatives.getBodyPart(index).getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }

    private static byte[] key() {
        return System.getProperty("it.link.key").getBytes(StandardCharsets.UTF_8);
    }
}
