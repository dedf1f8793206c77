package org.opencoi.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Signing in to the screens, exporting a report and changing data are audited with who, what and from where. */
class AuditedActionsIT extends DeployedEarTest {

    @Test
    void signingInThroughTheFormIsAuditedOncePerSessionWithTheClientsAddress() throws Exception {
        HttpClient browser = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(10)).build();
        int before = events("User", "reviewer", "SIGN_IN").size();

        browser.send(HttpRequest.newBuilder(URI.create(CoiClient.SERVER + "/coi/")).build(), HttpResponse.BodyHandlers.discarding());
        String form = "j_username=reviewer&j_password=" + URLEncoder.encode("reviewer", StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(URI.create(CoiClient.SERVER + "/coi/j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        browser.send(HttpRequest.newBuilder(URI.create(CoiClient.SERVER + "/coi/vendors.xhtml")).build(),
                HttpResponse.BodyHandlers.discarding());

        assertThat(signedIn.statusCode()).isEqualTo(200);
        List<JsonObject> signIns = events("User", "reviewer", "SIGN_IN");
        assertThat(signIns).hasSize(before + 1);
        JsonObject signIn = signIns.get(signIns.size() - 1);
        assertThat(signIn.getString("actor")).isEqualTo("reviewer");
        assertThat(signIn.getString("sourceAddress")).isEqualTo("127.0.0.1");
        assertThat(signIn.getString("after")).contains("FORM");
    }

    @Test
    void exportingAReportIsAuditedWithWhoAndFromWhere() {
        int before = events("Report", "compliance-by-tier", "EXPORT").size();

        HttpResponse<String> exported = CoiClient.as("viewer").get("/coi/api/v1/reports/compliance-by-tier?format=csv");

        assertThat(exported.statusCode()).isEqualTo(200);
        List<JsonObject> exports = events("Report", "compliance-by-tier", "EXPORT");
        assertThat(exports).hasSize(before + 1);
        JsonObject export = exports.get(exports.size() - 1);
        assertThat(export.getString("actor")).isEqualTo("viewer");
        assertThat(export.getString("sourceAddress")).isEqualTo("127.0.0.1");
        assertThat(export.getString("after")).contains("CSV");
    }

    @Test
    void aChangeMadeThroughTheApiNamesTheAddressItCameFrom() {
        String id = CoiClient.registerVendor("Audited Origin Ltd").getJsonNumber("id").toString();

        JsonObject created = events("Vendor", id, "CREATE").get(0);

        assertThat(created.getString("actor")).isEqualTo("erp");
        assertThat(created.getString("sourceAddress")).isEqualTo("127.0.0.1");
    }

    private static List<JsonObject> events(String recordType, String recordId, String action) {
        HttpResponse<String> answer = CoiClient.as("admin").get("/coi/api/v1/audit-events?recordType=" + recordType + "&recordId=" + recordId);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return CoiClient.jsonArray(answer).getValuesAs(JsonObject.class).stream()
                .filter(event -> event.getString("action").equals(action)).toList();
    }
}
