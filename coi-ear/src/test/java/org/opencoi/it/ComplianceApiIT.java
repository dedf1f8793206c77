package org.opencoi.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Requirement profiles, compliance decisions and exceptions over the REST API: a profile is created,
 * a vendor is assigned to it, certificates are keyed in, and each step's decision is checked.
 */
class ComplianceApiIT extends DeployedEarTest {

    private static final String PROFILES = "/coi/api/v1/requirement-profiles";
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @Test
    void vendorIsDecidedOnEachCertificateAndAnExceptionWaivesADeficiency() {
        long profileId = createProfile("Contractors " + UUID.randomUUID());
        long vendorId = registerVendor("Quarry Works LLC", profileId);
        JsonObject first = CoiClient.json(CoiClient.as("viewer").get(compliance(vendorId)));
        assertThat(first.getString("status")).isEqualTo("NO_CERTIFICATE");
        assertThat(first.getInt("profileVersion")).isEqualTo(1);

        HttpResponse<String> entered = CoiClient.as("reviewer").postJson(certificates(vendorId),
                certificate("Quarry Works LLC", 500_000, TODAY.minusMonths(1), TODAY.plusMonths(11)));

        assertThat(entered.statusCode()).isEqualTo(201);
        JsonObject decision = CoiClient.json(entered).getJsonObject("compliance");
        assertThat(decision.getString("status")).isEqualTo("NON_COMPLIANT");
        JsonObject deficiency = decision.getJsonArray("deficiencies").getJsonObject(0);
        assertThat(deficiency.getString("coverage")).isEqualTo("GL");
        assertThat(deficiency.getString("kind")).isEqualTo("LIMIT_BELOW_MINIMUM");
        assertThat(deficiency.getString("limit")).isEqualTo("EACH_OCCURRENCE");
        assertThat(deficiency.getJsonNumber("required").bigDecimalValue()).isEqualByComparingTo("1000000");
        assertThat(deficiency.getJsonNumber("found").bigDecimalValue()).isEqualByComparingTo("500000");
        assertThat(deficiency.getString("message")).contains("$500,000").contains("$1,000,000");
        assertThat(CoiClient.json(CoiClient.as("viewer").get("/coi/api/v1/vendors/" + vendorId)).getString("status"))
                .isEqualTo("NON_COMPLIANT");

        HttpResponse<String> granted = CoiClient.as("admin").postJson("/coi/api/v1/vendors/" + vendorId + "/exceptions",
                Json.createObjectBuilder().add("kind", "LIMIT_BELOW_MINIMUM").add("coverage", "GL")
                        .add("limit", "EACH_OCCURRENCE").add("until", TODAY.plusDays(30).toString())
                        .add("reason", "Umbrella renewal in progress; broker confirmed by phone").build().toString());

        assertThat(granted.statusCode()).isEqualTo(201);
        assertThat(CoiClient.json(granted).getBoolean("active")).isTrue();
        JsonObject waived = CoiClient.json(CoiClient.as("viewer").get(compliance(vendorId)));
        assertThat(waived.getString("status")).isEqualTo("COMPLIANT");
        assertThat(waived.getJsonArray("deficiencies").getJsonObject(0).getBoolean("waived")).isTrue();

        JsonObject afterLapse = CoiClient.json(CoiClient.as("admin")
                .postEmpty(compliance(vendorId) + "/evaluate?asOf=" + TODAY.plusDays(31)));
        assertThat(afterLapse.getString("status")).isEqualTo("NON_COMPLIANT");
        assertThat(CoiClient.json(CoiClient.as("viewer").get("/coi/api/v1/vendors/" + vendorId)).getString("status"))
                .as("a decision for another day than today leaves the vendor's status alone")
                .isEqualTo("COMPLIANT");
    }

    @Test
    void newerCertificateMakesTheVendorCompliantAndTheHistoryKeepsEveryDecision() {
        long vendorId = registerVendor("Ridge Masonry Inc", createProfile("Masonry " + UUID.randomUUID()));
        CoiClient.as("erp").postJson(certificates(vendorId),
                certificate("Ridge Masonry Inc", 1_000_000, TODAY.minusYears(1), TODAY.minusDays(1)));
        assertThat(CoiClient.json(CoiClient.as("viewer").get(compliance(vendorId))).getString("status"))
                .isEqualTo("NON_COMPLIANT");

        JsonObject renewed = CoiClient.json(CoiClient.as("erp").postJson(certificates(vendorId),
                certificate("Ridge Masonry Inc.", 2_000_000, TODAY.minusDays(1), TODAY.plusYears(1))));

        assertThat(renewed.getJsonObject("compliance").getString("status")).isEqualTo("COMPLIANT");
        HttpResponse<String> history = CoiClient.as("viewer").get(compliance(vendorId) + "/history");
        assertThat(history.statusCode()).isEqualTo(200);
        assertThat(CoiClient.jsonArray(history).getValuesAs(JsonObject.class)).extracting(d -> d.getString("status"))
                .containsExactly("COMPLIANT", "NON_COMPLIANT", "NO_CERTIFICATE");
    }

    @Test
    void decidingAgainOnTheSameInputsGivesTheSameDecisionAndEveryDecisionIsAudited() {
        long vendorId = registerVendor("Repeatable Roofing LLC", createProfile("Repeat " + UUID.randomUUID()));
        CoiClient.as("admin").postJson(certificates(vendorId),
                certificate("Repeatable Roofing LLC", 750_000, TODAY.minusMonths(2), TODAY.plusMonths(10)));
        String asOf = TODAY.plusDays(3).toString();

        JsonObject first = CoiClient.json(CoiClient.as("admin").postEmpty(compliance(vendorId) + "/evaluate?asOf=" + asOf));
        JsonObject second = CoiClient.json(CoiClient.as("admin").postEmpty(compliance(vendorId) + "/evaluate?asOf=" + asOf));

        assertThat(second.getJsonNumber("id")).isNotEqualTo(first.getJsonNumber("id"));
        for (String same : new String[] {"status", "deficiencies", "certificateIds", "policyIds", "waiverIds", "profileVersion"}) {
            assertThat(second.get(same)).as(same).isEqualTo(first.get(same));
        }
        HttpResponse<String> audit = CoiClient.as("admin")
                .get("/coi/api/v1/audit-events?recordType=Vendor&recordId=" + vendorId);
        assertThat(CoiClient.jsonArray(audit).getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("action"))
                .containsSubsequence("CREATE", "DECIDE", "DECIDE", "STATUS_CHANGE", "DECIDE", "DECIDE");
        assertThat(CoiClient.as("viewer").get("/coi/api/v1/audit-events?recordType=Vendor&recordId=" + vendorId)
                .statusCode()).isEqualTo(403);
    }

    @Test
    void expiringWithinTheWindowIsExpiringAndAFutureDateShowsItExpired() {
        long vendorId = registerVendor("Summit Glass Co", createProfile("Glaziers " + UUID.randomUUID()));

        JsonObject entered = CoiClient.json(CoiClient.as("admin").postJson(certificates(vendorId),
                certificate("Summit Glass Co", 1_000_000, TODAY.minusMonths(11), TODAY.plusDays(10))));

        assertThat(entered.getJsonObject("compliance").getString("status")).isEqualTo("EXPIRING");
        JsonObject later = CoiClient.json(CoiClient.as("admin")
                .postEmpty(compliance(vendorId) + "/evaluate?asOf=" + TODAY.plusDays(10)));
        assertThat(later.getString("status")).isEqualTo("NON_COMPLIANT");
        assertThat(later.getJsonArray("deficiencies").getValuesAs(JsonObject.class))
                .extracting(d -> d.getString("kind")).contains("EXPIRED");
    }

    @Test
    void newProfileVersionLeavesTheOldOneAndAssignmentDecidesAgain() {
        long v1 = createProfile("Versioned " + UUID.randomUUID());
        long vendorId = registerVendor("Version Check Ltd", v1);
        CoiClient.as("admin").postJson(certificates(vendorId),
                certificate("Version Check Ltd", 1_000_000, TODAY.minusMonths(1), TODAY.plusMonths(11)));

        HttpResponse<String> created = CoiClient.as("admin").postJson(PROFILES + "/" + v1 + "/versions",
                profile("Versioned, stricter", 2_000_000));

        assertThat(created.statusCode()).isEqualTo(201);
        JsonObject v2 = CoiClient.json(created);
        assertThat(v2.getInt("version")).isEqualTo(2);
        assertThat(CoiClient.json(CoiClient.as("viewer").get(PROFILES + "/" + v1)).getInt("version")).isEqualTo(1);

        HttpResponse<String> assigned = CoiClient.as("admin").postJson(PROFILES + "/" + v2.getJsonNumber("id") + "/assignments",
                "{\"vendorIds\": [" + vendorId + "]}");

        assertThat(assigned.statusCode()).isEqualTo(200);
        JsonObject decision = CoiClient.json(CoiClient.as("viewer").get(compliance(vendorId)));
        assertThat(decision.getInt("profileVersion")).isEqualTo(2);
        assertThat(decision.getString("status")).isEqualTo("NON_COMPLIANT");
    }

    @Test
    void badProfilesAreRefusedAndNothingIsStored() {
        String name = "Refused " + UUID.randomUUID();
        String[] bad = {
            profile(name, -5),
            profile(name, 1_000_000).replace("\"GL\"", "\"FOO\""),
            profile(name, 1_000_000).replace("EACH_OCCURRENCE", "COMBINED_SINGLE_LIMIT"),
            profile("", 1_000_000),
            "{\"name\": \"" + name + "\", \"requirements\": []}",
            "{\"name\": "
        };
        for (String body : bad) {
            HttpResponse<String> response = CoiClient.as("admin").postJson(PROFILES, body);
            assertThat(response.statusCode()).as(body).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        }
        assertThat(CoiClient.as("viewer").get(PROFILES).body()).doesNotContain(name);
    }

    @Test
    void malformedDatesAndUnknownVendorsAreClearErrors() {
        long vendorId = registerVendor("Date Check LLC", createProfile("Dates " + UUID.randomUUID()));

        HttpResponse<String> badDate = CoiClient.as("admin").postEmpty(compliance(vendorId) + "/evaluate?asOf=31/12/2026");
        assertThat(badDate.statusCode()).isEqualTo(400);
        assertThat(CoiClient.json(badDate).getString("detail")).contains("YYYY-MM-DD");

        assertThat(CoiClient.as("admin").get(compliance(999_999_999)).statusCode()).isEqualTo(404);
        HttpResponse<String> negative = CoiClient.as("admin").postJson(certificates(vendorId),
                certificate("Date Check LLC", -1, TODAY, TODAY.plusYears(1)));
        assertThat(negative.statusCode()).isEqualTo(400);
        assertThat(CoiClient.as("admin").get(certificates(vendorId)).body()).isEqualTo("[]");
    }

    @Test
    void onlyAdminsChangeProfilesAndGrantExceptions() {
        long profileId = createProfile("Roles " + UUID.randomUUID());
        long vendorId = registerVendor("Role Check Co", profileId);

        assertThat(CoiClient.as("viewer").postJson(PROFILES, profile("Nope", 1)).statusCode()).isEqualTo(403);
        assertThat(CoiClient.as("erp").postJson(PROFILES + "/" + profileId + "/versions", profile("Nope", 1))
                .statusCode()).isEqualTo(403);
        assertThat(CoiClient.as("reviewer").postJson("/coi/api/v1/vendors/" + vendorId + "/exceptions",
                "{\"kind\":\"MISSING_COVERAGE\",\"coverage\":\"GL\",\"until\":\"2099-01-01\",\"reason\":\"x\"}")
                .statusCode()).isEqualTo(403);
        assertThat(CoiClient.as("viewer").postEmpty(compliance(vendorId) + "/evaluate").statusCode()).isEqualTo(403);
    }

    @Test
    void insurersLoadFromCsvAndABadFileChangesNothing() {
        String naic = String.valueOf(10_000 + (int) (Math.random() * 89_999));
        HttpResponse<String> loaded = CoiClient.as("admin").post("/coi/api/v1/insurers", "text/csv",
                "naic_code,name,am_best_rating,financial_size_category,admitted\n"
                        + naic + ",\"Harbor Mutual Insurance Company, Inc.\",A-,VIII,true\n");

        assertThat(loaded.statusCode()).isEqualTo(200);
        assertThat(CoiClient.as("viewer").get("/coi/api/v1/insurers").body()).contains("Harbor Mutual Insurance Company, Inc.");

        HttpResponse<String> refused = CoiClient.as("admin").post("/coi/api/v1/insurers", "text/csv",
                "naic_code,name,am_best_rating,financial_size_category,admitted\n"
                        + naic + ",Renamed Mutual,A-,VIII,true\n" + "1234,Too Short Code,A,X,true\n");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(CoiClient.json(refused).getString("detail")).contains("line 3");
        assertThat(CoiClient.as("viewer").get("/coi/api/v1/insurers").body()).doesNotContain("Renamed Mutual");
    }

    @Test
    void openApiDocumentDescribesTheApi() {
        HttpResponse<String> document = CoiClient.anonymous().get("/coi/api/openapi");

        assertThat(document.statusCode()).isEqualTo(200);
        assertThat(document.body()).contains("openapi: 3.")
                .contains("/coi/api/v1/vendors/{vendorId}/compliance")
                .contains("/coi/api/v1/requirement-profiles")
                .contains("/coi/api/v1/vendors/{vendorId}/exceptions");
    }

    private static String compliance(long vendorId) {
        return "/coi/api/v1/vendors/" + vendorId + "/compliance";
    }

    private static String certificates(long vendorId) {
        return "/coi/api/v1/vendors/" + vendorId + "/certificates";
    }

    private static long createProfile(String name) {
        HttpResponse<String> created = CoiClient.as("admin").postJson(PROFILES, profile(name, 1_000_000));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return CoiClient.json(created).getJsonNumber("id").longValue();
    }

    /** A profile asking for general liability with the given each-occurrence minimum, held by the demo company. */
    private static String profile(String name, long eachOccurrence) {
        return Json.createObjectBuilder()
                .add("name", name)
                .add("expiringWindowDays", 30)
                .add("requiredHolderName", "OpenCOI Demo Corporation")
                .add("requirements", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("coverage", "GL")
                        .add("acceptedForms", Json.createArrayBuilder().add("OCCURRENCE"))
                        .add("minimumLimits", Json.createObjectBuilder()
                                .add("EACH_OCCURRENCE", eachOccurrence)
                                .add("GENERAL_AGGREGATE", 2_000_000))))
                .build().toString();
    }

    private static long registerVendor(String name, long profileId) {
        HttpResponse<String> created = CoiClient.as("erp").postJson("/coi/api/v1/vendors", Json.createObjectBuilder()
                .add("sourceSystem", "IT-ERP").add("externalId", "IT-" + UUID.randomUUID()).add("name", name)
                .add("requirementProfileId", profileId).build().toString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return CoiClient.json(created).getJsonNumber("id").longValue();
    }

    static String certificate(String insured, long eachOccurrence, LocalDate effective, LocalDate expiration) {
        JsonObjectBuilder gl = Json.createObjectBuilder()
                .add("coverage", "GL").add("policyNumber", "GL-" + UUID.randomUUID().toString().substring(0, 8))
                .add("insurerLetter", "A").add("insurerName", "Travelers Indemnity Company").add("insurerNaic", "25658")
                .add("effectiveDate", effective.toString()).add("expirationDate", expiration.toString())
                .add("form", "OCCURRENCE")
                .add("limits", Json.createObjectBuilder().add("EACH_OCCURRENCE", eachOccurrence)
                        .add("GENERAL_AGGREGATE", 2_000_000));
        return Json.createObjectBuilder()
                .add("producerName", "Harbor Risk Partners").add("insuredName", insured)
                .add("holderName", "OPENCOI DEMO CORP.").add("issuedOn", TODAY.toString())
                .add("policies", Json.createArrayBuilder().add(gl))
                .build().toString();
    }
}
