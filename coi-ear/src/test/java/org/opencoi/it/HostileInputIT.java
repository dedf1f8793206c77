package org.opencoi.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.opencoi.certificate.fixtures.Acord25Pdf;

/**
 * Script, markup, SQL, expression-language and control-character payloads sent into the text fields,
 * filters and path parameters of the API, and shown back on the screens. Each answer is a clean
 * success or a clean refusal (never a server error); what is stored comes back exactly as sent in JSON
 * and escaped on pages; filters treat the payload as text, not as SQL.
 */
class HostileInputIT extends DeployedEarTest {

    static final List<String> PAYLOADS = List.of(
            "<script>alert('x')</script>",
            "\"><img src=x onerror=alert(1)>",
            "<svg/onload=alert(document.cookie)>",
            "javascript:alert(1)",
            "</textarea><iframe src=//evil.example>",
            "#{7*7}",
            "${7*7}",
            "#{facesContext.externalContext.sessionMap}",
            "{{constructor.constructor('alert(1)')()}}",
            "' OR '1'='1",
            "'; DROP TABLE vendor; --",
            "%' OR 1=1 --",
            "\" OR \"\"=\"",
            "1; SELECT pg_sleep(5)",
            "%",
            "_",
            "\\",
            "../../../../etc/passwd",
            "*)(uid=*))(|(uid=*",
            "%s%s%s%n",
            "line one\r\nSet-Cookie: injected=1",
            "nul\u0000byte",
            "\u202Egnp.exe",
            "Ünïcødé 名前 🚀",
            "x".repeat(5_000));

    /** The statuses a refusal may have: the input is wrong, or names nothing. */
    private static final Set<Integer> REFUSALS = Set.of(400, 404, 413, 415);

    private final List<String> serverErrors = new ArrayList<>();
    private int requests;

    @Test
    void hostileTextIsStoredAsTextAndShownEscapedWithoutAServerError() {
        for (String payload : PAYLOADS) {
            HttpResponse<String> created = check(payload, CoiClient.as("admin").postJson("/coi/api/v1/vendors",
                    Json.createObjectBuilder().add("sourceSystem", "HOSTILE").add("externalId", "H-" + UUID.randomUUID())
                            .add("name", payload).add("taxId", payload).build().toString()));
            check(payload, CoiClient.as("admin").postJson("/coi/api/v1/vendors", Json.createObjectBuilder()
                    .add("sourceSystem", payload).add("externalId", payload).add("name", "Hostile Key Co").build().toString()));
            check(payload, CoiClient.as("admin").postJson("/coi/api/v1/requirement-profiles", Json.createObjectBuilder()
                    .add("name", payload).add("requirements", Json.createArrayBuilder().add(Json.createObjectBuilder()
                            .add("coverage", "GL").add("minimumLimits", Json.createObjectBuilder().add("EACH_OCCURRENCE", 1000000))))
                    .build().toString()));
            if (created.statusCode() != 201) {
                assertThat(created.statusCode()).as(printable(payload)).isIn(REFUSALS);
                continue;
            }
            long id = CoiClient.json(created).getJsonNumber("id").longValue();

            HttpResponse<String> read = check(payload, CoiClient.as("viewer").get("/coi/api/v1/vendors/" + id));
            assertThat(read.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
            assertThat(CoiClient.json(read).getString("name")).as("stored exactly as sent").isEqualTo(payload);

            HttpResponse<String> page = check(payload, CoiClient.as("viewer").get("/coi/vendor.xhtml?id=" + id));
            assertThat(page.statusCode()).isEqualTo(200);
            if (payload.contains("<")) {
                assertThat(page.body()).as("markup in a name is shown as text").doesNotContain(payload);
            }
            assertThat(page.body()).as("expressions in a name are not evaluated").doesNotContain("[facesContext");
        }
        assertNoServerErrors();
    }

    @Test
    void hostileFiltersAndPathsFindNothingAndRefuseCleanly() {
        long vendorId = CoiClient.registerVendor("Filter Target Holdings").getJsonNumber("id").longValue();
        CoiClient.as("admin").upload("/coi/api/v1/vendors/" + vendorId + "/certificates", "filter.pdf",
                Acord25Pdf.fillable().with(CertificateUploadIT.certificate("Filter Target Holdings", "1,000,000")).build());
        assertThat(CoiClient.jsonArray(CoiClient.as("viewer").get("/coi/api/v1/certificates?insured=Filter%20Target")))
                .as("the filter finds what it should").isNotEmpty();

        for (String payload : PAYLOADS) {
            String encoded = URLEncoder.encode(payload, StandardCharsets.UTF_8);
            for (String filter : List.of("insured", "policyNumber", "insurer")) {
                findsNothing(payload, CoiClient.as("viewer").get("/coi/api/v1/certificates?" + filter + "=" + encoded));
            }
            findsNothing(payload, CoiClient.as("admin").get("/coi/api/v1/audit-events?recordType=" + encoded + "&recordId=" + encoded));
            refused(payload, CoiClient.as("viewer").get("/coi/api/v1/vendors?status=" + encoded));
            refused(payload, CoiClient.as("viewer").get("/coi/api/v1/certificates?expiresFrom=" + encoded));
            refused(payload, CoiClient.as("viewer").get("/coi/api/v1/vendors/by-source/" + encoded + "/" + encoded + "-NONE"));
        }

        assertNoServerErrors();
        assertThat(CoiClient.as("viewer").get("/coi/api/v1/vendors/" + vendorId).statusCode()).as("data intact").isEqualTo(200);
        JsonObject chain = CoiClient.json(CoiClient.as("admin").get("/coi/api/v1/audit-events/verification"));
        assertThat(chain.getBoolean("intact")).as(chain.toString()).isTrue();
    }

    @Test
    void hostileSyncRecordsAreAppliedAsTextOrRejectedWithAReason() {
        for (String payload : PAYLOADS) {
            HttpResponse<String> synced = check(payload, CoiClient.as("erp").postJson("/coi/api/v1/sync/vendors",
                    Json.createObjectBuilder().add("sourceSystem", "HOSTILE-SYNC")
                            .add("vendors", Json.createArrayBuilder().add(VendorSyncIT.vendor("HS-" + UUID.randomUUID(), payload, 1)))
                            .build().toString()));
            if (synced.statusCode() == 200) {
                JsonObject result = CoiClient.json(synced).getJsonArray("results").getJsonObject(0);
                assertThat(result.getString("outcome")).as(printable(payload)).isIn("CREATED", "REJECTED");
            } else {
                assertThat(synced.statusCode()).as(printable(payload)).isIn(REFUSALS);
            }
        }
        assertNoServerErrors();
    }

    /** A search with the payload as its criterion: nothing holds that text, so nothing is found. */
    private void findsNothing(String payload, HttpResponse<String> answer) {
        check(payload, answer);
        if (answer.statusCode() == 200) {
            assertThat(CoiClient.jsonArray(answer)).as("%s matches nothing", answer.request().uri()).isEmpty();
        } else {
            refused(payload, answer);
        }
    }

    private void refused(String payload, HttpResponse<String> answer) {
        check(payload, answer);
        assertThat(answer.statusCode()).as(printable(payload)).isIn(REFUSALS);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    private HttpResponse<String> check(String payload, HttpResponse<String> answer) {
        requests++;
        if (answer.statusCode() >= 500) {
            serverErrors.add(answer.request().method() + " " + answer.request().uri().getRawPath() + " with "
                    + printable(payload) + ": " + answer.statusCode());
        }
        return answer;
    }

    private void assertNoServerErrors() {
        System.out.printf("hostile input: %d requests, %d server errors%n", requests, serverErrors.size());
        assertThat(serverErrors).as("server errors in %d hostile requests", requests).isEmpty();
    }

    private static String printable(String payload) {
        String shown = payload.length() > 60 ? payload.substring(0, 60) + "..." : payload;
        return shown.replace("\u0000", "\\0").replace("\r", "\\r").replace("\n", "\\n");
    }
}
