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
        assertThat(onlyNewEvent(events("User", "reviewer", "SIGN_IN"), before, "reviewer").getString("after")).contains("FORM");
    }

    @Test
    void exportingAReportIsAuditedWithWhoAndFromWhere() {
        int before = events("Report", "compliance-by-tier", "EXPORT").size();

        HttpResponse<String> exported = CoiClient.as("viewer").get("/coi/api/v1/reports/compliance-by-tier?format=csv");

        assertThat(exported.statusCode()).isEqualTo(200);
        assertThat(onlyNewEvent(events("Report", "compliance-by-tier", "EXPORT"), before, "viewer").getString("after"))
                .contains("CSV");
    }

    @Test
    void aChangeMadeThroughTheApiNamesTheAddressItCameFrom() {
        String id = CoiClient.registerVendor("Audited Origin Ltd").getJsonNumber("id").toString();

        JsonObject created = events("Vendor", id, "CREATE").get(0);

        assertThat(created.getString("actor")).isEqualTo("erp");
        assertThat(created.getString("sourceAddress")).isEqualTo("127.0.0.1");
    }

    /** The one event added since there were {@code before}, the newest, made by the actor from this machine. */
    private static JsonObject onlyNewEvent(List<JsonObject> events, int before, String actor) {
        assertThat(events).hasSize(before + 1);
        JsonObject newest = events.get(events.size() - 1);
        assertThat(newest.getString("actor")).isEqualTo(actor);
        assertThat(newest.getString("sourceAddress")).isEqualTo("127.0.0.1");
        return newest;
    }

    private static List<JsonObject> events(String recordType, String recordId, String action) {
        HttpResponse<String> answer = CoiClient.as("admin").get("/coi/api/v1/audit-events?recordType=" + recordType + "&recordId=" + recordId);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return CoiClient.jsonArray(answer).getValuesAs(JsonObject.class).stream()
                .filter(event -> event.getString("action").equals(action)).toList();
    }
}
