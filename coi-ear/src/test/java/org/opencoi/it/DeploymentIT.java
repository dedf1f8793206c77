package org.opencoi.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The EAR deploys on the provisioned server and every part of the stack answers. */
class DeploymentIT extends DeployedEarTest {

    @Test
    void healthReportsDatabaseAndCamelUp() {
        HttpResponse<String> response = CoiClient.anonymous().get("/coi/api/health");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonObject health = CoiClient.json(response);
        assertThat(health.getString("status")).isEqualTo("UP");
        assertThat(health.getJsonArray("checks").getValuesAs(JsonObject.class))
                .extracting(check -> check.getString("component"))
                .contains("database", "camel");
    }

    @Test
    void vendorListShowsVendorsInAPrimeFacesTable() {
        CoiClient.registerVendor("Start Page Check Co");
        String first = CoiClient.json(CoiClient.as("admin").get("/coi/api/v1/vendors?limit=1"))
                .getJsonArray("items").getJsonObject(0).getString("name");

        HttpResponse<String> page = CoiClient.as("viewer").get("/coi/vendors.xhtml");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("ui-datatable").contains("Vendors").contains(first);
    }

    @Test
    void startPageShowsABrowserWithoutASessionTheSignInForm() {
        HttpResponse<String> page = CoiClient.anonymous().get("/coi/");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("j_security_check").contains("j_password").doesNotContain("Dashboard");
    }

    @Test
    void machineClientsDoNotGetTheAdminScreens() {
        assertThat(CoiClient.as("erp").get("/coi/index.xhtml").statusCode()).isEqualTo(403);
    }

    @Test
    void wrongPasswordIsRefused() {
        HttpResponse<String> response = CoiClient.as("nobody").get("/coi/api/v1/vendors");

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void vendorSyncWsdlIsServed() {
        HttpResponse<String> wsdl = CoiClient.anonymous().get("/coi-ws/VendorSync?wsdl");

        assertThat(wsdl.statusCode()).isEqualTo(200);
        assertThat(wsdl.body()).contains("definitions").contains("findVendor");
    }

    @Test
    void pagesAndApiAnswersCarrySecurityHeadersAndNoServerVersion() {
        for (HttpResponse<String> response : List.of(CoiClient.as("viewer").get("/coi/"),
                CoiClient.as("viewer").get("/coi/api/v1/vendors"), CoiClient.anonymous().get("/coi/api/v1/vendors"))) {
            assertThat(response.headers().firstValue("Content-Security-Policy"))
                    .hasValueSatisfying(csp -> assertThat(csp).contains("frame-ancestors 'none'"));
            assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(response.headers().firstValue("X-Powered-By")).isEmpty();
            assertThat(response.headers().firstValue("Server").orElse("")).doesNotContainIgnoringCase("wildfly")
                    .doesNotContainPattern("\\d+\\.\\d+");
        }
    }

    @Test
    void serverLogHasNoErrors() throws IOException {
        Path log = Path.of(System.getProperty("it.server.dir"), "log", "server.log");

        List<String> errors = Files.readAllLines(log).stream().filter(line -> line.contains(" ERROR ")).toList();

        assertThat(errors).isEmpty();
    }
}
