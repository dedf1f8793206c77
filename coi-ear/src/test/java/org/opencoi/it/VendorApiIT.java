package org.opencoi.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The vendor REST API over plain HTTP, as an ERP or a script would use it. */
class VendorApiIT extends DeployedEarTest {

    private static final String VENDORS = "/coi/api/v1/vendors";

    @Test
    void registeredVendorCanBeReadBackByIdAndBySourceKey() {
        String externalId = "V-" + UUID.randomUUID();
        HttpResponse<String> created = CoiClient.as("erp").postJson(VENDORS, Json.createObjectBuilder()
                .add("sourceSystem", "SAP-ECC").add("externalId", externalId)
                .add("name", "Northwind Scaffolding GmbH").add("tier", "HIGH").build().toString());

        assertThat(created.statusCode()).isEqualTo(201);
        JsonObject vendor = CoiClient.json(created);
        assertThat(vendor.getJsonNumber("id").longValue()).isPositive();
        assertThat(vendor.getString("status")).isEqualTo("NO_CERTIFICATE");
        String location = created.headers().firstValue("Location").orElseThrow();
        assertThat(location).endsWith(VENDORS + "/" + vendor.getJsonNumber("id"));

        JsonObject byId = CoiClient.json(CoiClient.as("viewer").get(URI.create(location).getPath()));
        assertThat(byId.getString("name")).isEqualTo("Northwind Scaffolding GmbH");
        JsonObject bySource = CoiClient.json(CoiClient.as("viewer").get(VENDORS + "/by-source/SAP-ECC/" + externalId));
        assertThat(bySource.getJsonNumber("id")).isEqualTo(vendor.getJsonNumber("id"));
    }

    @Test
    void updateChangesTheVendorButNeverItsErpKey() {
        JsonObject vendor = CoiClient.registerVendor("Old Name Works");
        long id = vendor.getJsonNumber("id").longValue();

        HttpResponse<String> updated = CoiClient.as("erp").send("PUT", VENDORS + "/" + id, Json.createObjectBuilder()
                .add("name", "New Name Works Inc").add("tier", "LOW").add("contactEmail", "risk@newname.example")
                .add("active", false).build().toString());

        assertThat(updated.statusCode()).isEqualTo(200);
        JsonObject read = CoiClient.json(CoiClient.as("viewer").get(VENDORS + "/" + id));
        assertThat(read.getString("name")).isEqualTo("New Name Works Inc");
        assertThat(read.getString("tier")).isEqualTo("LOW");
        assertThat(read.getBoolean("active")).isFalse();
        assertThat(read.getString("externalId")).isEqualTo(vendor.getString("externalId"));
        assertThat(CoiClient.as("erp").send("PUT", VENDORS + "/" + id, "{\"name\": \" \"}").statusCode()).isEqualTo(400);
        assertThat(CoiClient.as("viewer").send("PUT", VENDORS + "/" + id, "{\"name\": \"X\"}").statusCode()).isEqualTo(403);
    }

    @Test
    void listIsPagedAndFilteredByStatus() {
        CoiClient.registerVendor("Paging Check Ltd");

        JsonObject page = CoiClient.json(CoiClient.as("viewer").get(VENDORS + "?status=NO_CERTIFICATE&offset=0&limit=2"));

        assertThat(page.getJsonArray("items")).hasSizeBetween(1, 2);
        assertThat(page.getJsonNumber("total").longValue()).isPositive();
        assertThat(page.getJsonArray("items").getValuesAs(JsonObject.class))
                .allSatisfy(v -> assertThat(v.getString("status")).isEqualTo("NO_CERTIFICATE"));
    }

    @Test
    void missingNameIsRefusedWithProblemJsonAndNothingStored() {
        String externalId = "V-" + UUID.randomUUID();
        HttpResponse<String> refused = CoiClient.as("admin").postJson(VENDORS, Json.createObjectBuilder()
                .add("sourceSystem", "SAP-ECC").add("externalId", externalId).build().toString());

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(CoiClient.json(refused).getString("detail")).contains("name");
        assertThat(CoiClient.as("admin").get(VENDORS + "/by-source/SAP-ECC/" + externalId).statusCode()).isEqualTo(404);
    }

    @Test
    void sameSourceKeyTwiceIsRefused() {
        JsonObject vendor = CoiClient.registerVendor("Twice Registered Inc");
        HttpResponse<String> again = CoiClient.as("erp").postJson(VENDORS, Json.createObjectBuilder()
                .add("sourceSystem", "IT-ERP").add("externalId", vendor.getString("externalId"))
                .add("name", "Twice Registered Inc").build().toString());

        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(CoiClient.json(again).getString("detail")).contains("already exists");
    }

    @Test
    void malformedJsonIsABadRequest() {
        HttpResponse<String> response = CoiClient.as("admin").postJson(VENDORS, "{\"name\": ");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void unknownVendorIsNotFound() {
        HttpResponse<String> response = CoiClient.as("viewer").get(VENDORS + "/999999999");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(CoiClient.json(response).getInt("status")).isEqualTo(404);
    }

    @Test
    void viewerMayReadButNotRegister() {
        HttpResponse<String> response = CoiClient.as("viewer").postJson(VENDORS,
                "{\"sourceSystem\":\"X\",\"externalId\":\"" + UUID.randomUUID() + "\",\"name\":\"Nope\"}");

        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void anonymousCallersAreAskedToAuthenticate() {
        assertThat(CoiClient.anonymous().get(VENDORS).statusCode()).isEqualTo(401);
    }
}
