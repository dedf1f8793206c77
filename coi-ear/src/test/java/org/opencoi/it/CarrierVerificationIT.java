package org.opencoi.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * Carrier verification end to end: certificates entered over REST, their policies verified by the route
 * with the carrier simulator deployed beside the EAR, over real SOAP on loopback. Every test uses a carrier
 * (NAIC code) and policy numbers of its own, so that scripts and breakers never cross tests.
 */
class CarrierVerificationIT extends DeployedEarTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    private static final LocalDate EFFECTIVE = TODAY.minusMonths(2);
    private static final LocalDate EXPIRATION = TODAY.plusMonths(10);
    private static final String SIMULATOR = CoiClient.SERVER + "/carrier-simulator/CarrierVerification";
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Test
    void policyTheCarrierConfirmsIsConfirmedAndTheVendorStaysCompliant() {
        String naic = carrier(5_000);
        String policy = policyNumber();
        script("policies/" + policy, answer("CONFIRMED").add("limits", Json.createObjectBuilder()
                .add("EACH_OCCURRENCE", 1_000_000).add("GENERAL_AGGREGATE", 2_000_000)).add("additionalInsured", true));
        long vendorId = vendorWithCertificate(naic, 1_000_000, policy);

        JsonObject verification = awaitOutcome(vendorId, "CONFIRMED");
        assertThat(verification.getString("carrierStatus")).isEqualTo("CONFIRMED");
        assertThat(verification.getJsonObject("limits").getJsonNumber("EACH_OCCURRENCE").longValue()).isEqualTo(1_000_000);
        assertThat(compliance(vendorId).getString("status")).isEqualTo("COMPLIANT");
        long certificateId = verification.getJsonNumber("certificateId").longValue();
        JsonArray ofCertificate = CoiClient.jsonArray(CoiClient.as("viewer")
                .get("/coi/api/v1/certificates/" + certificateId + "/verifications"));
        assertThat(ofCertificate).hasSize(1);
    }

    @Test
    void cancelledPolicyIsAVerificationFailedDeficiencyAndAudited() {
        String naic = carrier(5_000);
        String policy = policyNumber();
        script("policies/" + policy, answer("CANCELLED").add("reasonCode", "NONPAYMENT")
                .add("cancellationDate", TODAY.minusDays(10).toString()));
        long vendorId = vendorWithCertificate(naic, 1_000_000, policy);

        JsonObject verification = awaitOutcome(vendorId, "FAILED");
        assertThat(verification.getString("discrepancy")).contains("cancelled").contains("NONPAYMENT");
        await().atMost(PATIENCE).until(() -> "NON_COMPLIANT".equals(compliance(vendorId).getString("status")));
        JsonObject deficiency = compliance(vendorId).getJsonArray("deficiencies").getJsonObject(0);
        assertThat(deficiency.getString("kind")).isEqualTo("VERIFICATION_FAILED");
        assertThat(deficiency.getString("message")).contains(policy).contains("cancelled");
        JsonArray audit = CoiClient.jsonArray(CoiClient.as("admin").get("/coi/api/v1/audit-events?recordType=Policy&recordId="
                + verification.getJsonNumber("policyId").longValue()));
        assertThat(audit.stream().map(e -> e.asJsonObject().getString("action"))).contains("VERIFY");
    }

    @Test
    void limitLowerThanTheCertificateClaimsIsAVerificationFailedDeficiency() {
        String naic = carrier(5_000);
        String policy = policyNumber();
        script("policies/" + policy, answer("CONFIRMED").add("effectiveDate", EFFECTIVE.toString())
                .add("expirationDate", EXPIRATION.toString())
                .add("limits", Json.createObjectBuilder().add("EACH_OCCURRENCE", 500_000)));
        long vendorId = vendorWithCertificate(naic, 1_000_000, policy);

        JsonObject verification = awaitOutcome(vendorId, "FAILED");
        assertThat(verification.getString("discrepancy")).contains("EACH_OCCURRENCE limit $500,000, the certificate says $1,000,000");
        await().atMost(PATIENCE).until(() -> compliance(vendorId).getJsonArray("deficiencies").stream()
                .anyMatch(d -> "VERIFICATION_FAILED".equals(d.asJsonObject().getString("kind"))));
    }

    @Test
    void soapFaultLeavesThePolicyUnavailableAndTheVendorCompliant() {
        String naic = carrier(5_000);
        script("carriers/" + naic, Json.createObjectBuilder().add("behaviour", "FAULT"));
        String policy = policyNumber();
        long vendorId = vendorWithCertificate(naic, 1_000_000, policy);

        JsonObject verification = awaitOutcome(vendorId, "UNAVAILABLE");
        assertThat(verification.getString("lastError")).contains("SERVICE_UNAVAILABLE");
        assertThat(verification.containsKey("nextAttemptAt")).as("asked again later").isTrue();
        assertThat(compliance(vendorId).getString("status")).isEqualTo("COMPLIANT");
    }

    @Test
    void malformedAnswerLeavesThePolicyUnavailable() {
        String naic = carrier(5_000);
        script("carriers/" + naic, Json.createObjectBuilder().add("behaviour", "MALFORMED"));
        String policy = policyNumber();
        long vendorId = vendorWithCertificate(naic, 1_000_000, policy);

        JsonObject verification = awaitOutcome(vendorId, "UNAVAILABLE");
        assertThat(verification.getString("lastError")).contains("no usable answer");
        assertThat(compliance(vendorId).getJsonArray("deficiencies")).isEmpty();
    }

    @Test
    void carrierTimingOutIsUnavailableItsBreakerOpensAndClosesAgainOnceItAnswers() {
        String naic = carrier(500);
        script("carriers/" + naic, Json.createObjectBuilder().add("behaviour", "DELAY").add("delayMillis", 2_000));
        List<String> policies = List.of(policyNumber(), policyNumber(), policyNumber(), policyNumber(), policyNumber(),
                policyNumber());
        long vendorId = vendorWithCertificate(naic, 1_000_000, policies.toArray(String[]::new));

        await().atMost(PATIENCE).until(() -> verifications(vendorId).stream()
                .allMatch(v -> "UNAVAILABLE".equals(v.asJsonObject().getString("outcome"))));
        assertThat(verifications(vendorId).stream().map(v -> v.asJsonObject().getString("lastError")))
                .anyMatch(error -> error.contains("timed out"));
        await().atMost(PATIENCE).until(() -> verifications(vendorId).stream()
                .anyMatch(v -> v.asJsonObject().getString("lastError", "").contains("circuit breaker OPEN")));
        long askedWhileOpen = requestsTo(naic);
        assertThat(compliance(vendorId).getString("status")).isEqualTo("COMPLIANT");

        CoiClient.anonymous().send("DELETE", "/carrier-simulator/api/carriers/" + naic, "");
        await().atMost(Duration.ofSeconds(150)).until(() -> verifications(vendorId).stream()
                .allMatch(v -> "CONFIRMED".equals(v.asJsonObject().getString("outcome"))));
        assertThat(requestsTo(naic)).isGreaterThan(askedWhileOpen);
    }

    @Test
    void carrierAskedWithAUsernameTokenOrHttpBasicAsConfigured() {
        String basic = carrier(5_000);
        String token = String.valueOf(ThreadLocalRandom.current().nextInt(80_000, 100_000));
        HttpResponse<String> saved = CoiClient.as("admin").send("PUT", "/coi/api/v1/carriers/" + token,
                Json.createObjectBuilder().add("name", "Carrier " + token).add("endpointUrl", SIMULATOR)
                        .add("username", "coi-" + token).add("password", "secret").add("wsSecurity", true).build().toString());
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        long basicVendor = vendorWithCertificate(basic, 1_000_000, policyNumber());
        long tokenVendor = vendorWithCertificate(token, 1_000_000, policyNumber());

        awaitOutcome(basicVendor, "CONFIRMED");
        awaitOutcome(tokenVendor, "CONFIRMED");
        JsonObject callers = CoiClient.json(CoiClient.anonymous().get("/carrier-simulator/api/callers"));
        assertThat(callers.getString(basic)).isEqualTo("basic:opencoi");
        assertThat(callers.getString(token)).isEqualTo("token:coi-" + token);
    }

    @Test
    void policyOfACarrierWithoutAServiceIsNotVerifiable() {
        String naic = String.valueOf(ThreadLocalRandom.current().nextInt(60_000, 70_000));
        String policy = policyNumber();
        long vendorId = vendorWithCertificate(naic, 1_000_000, policy);

        JsonObject verification = verifications(vendorId).getJsonObject(0);
        assertThat(verification.getString("outcome")).isEqualTo("NOT_VERIFIABLE");
        assertThat(compliance(vendorId).getString("status")).isEqualTo("COMPLIANT");
    }

    @Test
    void onlyAdminsConfigureCarriersAndABadEndpointIsRefused() {
        String naic = String.valueOf(ThreadLocalRandom.current().nextInt(70_000, 80_000));
        HttpResponse<String> byReviewer = CoiClient.as("reviewer").send("PUT", "/coi/api/v1/carriers/" + naic,
                "{\"name\": \"Some Carrier\", \"endpointUrl\": \"" + SIMULATOR + "\"}");
        assertThat(byReviewer.statusCode()).isEqualTo(403);

        HttpResponse<String> badUrl = CoiClient.as("admin").send("PUT", "/coi/api/v1/carriers/" + naic,
                "{\"name\": \"Some Carrier\", \"endpointUrl\": \"ftp://carrier.example/verify\"}");
        assertThat(badUrl.statusCode()).isEqualTo(400);
        assertThat(badUrl.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
        assertThat(CoiClient.as("admin").get("/coi/api/v1/carriers/" + naic).statusCode()).isEqualTo(404);

        HttpResponse<String> saved = CoiClient.as("admin").send("PUT", "/coi/api/v1/carriers/" + naic,
                "{\"name\": \"Some Carrier\", \"endpointUrl\": \"" + SIMULATOR + "\", \"username\": \"coi\","
                        + " \"password\": \"secret\", \"wsSecurity\": true}");
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        JsonObject carrier = CoiClient.json(saved);
        assertThat(carrier.getBoolean("verifiable")).isTrue();
        assertThat(carrier.getBoolean("passwordSet")).isTrue();
        assertThat(carrier.containsKey("password")).isFalse();
    }

    @Test
    void nightlyJobAsksAgainAboutPoliciesExpiringWithinThirtyDays() {
        String naic = carrier(5_000);
        String policy = policyNumber();
        long vendorId = vendorWithCertificate(naic, 1_000_000, TODAY.plusDays(20), policy);
        String firstAnswer = awaitOutcome(vendorId, "CONFIRMED").getString("answeredAt");
        long asked = requestsTo(naic);

        HttpResponse<String> started = CoiClient.as("admin").postEmpty("/coi/api/v1/batch/jobs/carrier-reverification/executions");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        long execution = CoiClient.json(started).getJsonNumber("id").longValue();
        await().atMost(PATIENCE).until(() -> "COMPLETED".equals(CoiClient.json(
                CoiClient.as("admin").get("/coi/api/v1/batch/executions/" + execution)).getString("status")));

        await().atMost(PATIENCE).until(() -> requestsTo(naic) > asked
                && !firstAnswer.equals(verifications(vendorId).getJsonObject(0).getString("answeredAt")));
        assertThat(verifications(vendorId).getJsonObject(0).getString("outcome")).isEqualTo("CONFIRMED");
    }

    /** A carrier of its own, served by the simulator, with the given timeout; returns its NAIC code. */
    private static String carrier(int timeoutMillis) {
        String naic = String.valueOf(ThreadLocalRandom.current().nextInt(80_000, 100_000));
        HttpResponse<String> saved = CoiClient.as("admin").send("PUT", "/coi/api/v1/carriers/" + naic,
                Json.createObjectBuilder().add("name", "Carrier " + naic).add("endpointUrl", SIMULATOR)
                        .add("username", "opencoi").add("password", "secret").add("wsSecurity", false)
                        .add("timeoutMillis", timeoutMillis).add("requestsPerSecond", 100).build().toString());
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        return naic;
    }

    private static String policyNumber() {
        return "GL-" + UUID.randomUUID().toString().substring(0, 12);
    }

    private static JsonObjectBuilder answer(String status) {
        return Json.createObjectBuilder().add("behaviour", "ANSWER").add("status", status);
    }

    private static void script(String path, JsonObjectBuilder script) {
        HttpResponse<String> scripted = CoiClient.anonymous().send("PUT", "/carrier-simulator/api/" + path,
                script.build().toString());
        assertThat(scripted.statusCode()).as(scripted.body()).isEqualTo(204);
    }

    private static long requestsTo(String naic) {
        JsonObject requests = CoiClient.json(CoiClient.anonymous().get("/carrier-simulator/api/requests"));
        return requests.containsKey(naic) ? requests.getJsonNumber(naic).longValue() : 0;
    }

    /** A vendor with a profile asking for general liability, and a certificate with the given GL policies of the carrier. */
    private static long vendorWithCertificate(String naic, long eachOccurrence, String... policyNumbers) {
        return vendorWithCertificate(naic, eachOccurrence, EXPIRATION, policyNumbers);
    }

    private static long vendorWithCertificate(String naic, long eachOccurrence, LocalDate expiration,
            String... policyNumbers) {
        String name = "Verified Trades " + UUID.randomUUID().toString().substring(0, 8) + " LLC";
        long profileId = VendorSyncIT.createProfile("Verification " + name);
        HttpResponse<String> vendor = CoiClient.as("erp").postJson("/coi/api/v1/vendors", Json.createObjectBuilder()
                .add("sourceSystem", "IT-ERP").add("externalId", "IT-" + UUID.randomUUID()).add("name", name)
                .add("requirementProfileId", profileId).build().toString());
        assertThat(vendor.statusCode()).as(vendor.body()).isEqualTo(201);
        long vendorId = CoiClient.json(vendor).getJsonNumber("id").longValue();
        JsonArrayBuilder policies = Json.createArrayBuilder();
        for (String number : policyNumbers) {
            policies.add(Json.createObjectBuilder()
                    .add("coverage", "GL").add("policyNumber", number)
                    .add("insurerLetter", "A").add("insurerName", "Carrier " + naic).add("insurerNaic", naic)
                    .add("effectiveDate", EFFECTIVE.toString()).add("expirationDate", expiration.toString())
                    .add("form", "OCCURRENCE").add("additionalInsured", true)
                    .add("limits", Json.createObjectBuilder().add("EACH_OCCURRENCE", eachOccurrence)
                            .add("GENERAL_AGGREGATE", 2_000_000)));
        }
        HttpResponse<String> entered = CoiClient.as("reviewer").postJson("/coi/api/v1/vendors/" + vendorId + "/certificates",
                Json.createObjectBuilder().add("producerName", "Harbor Risk Partners").add("insuredName", name)
                        .add("holderName", "OpenCOI Demo Corporation").add("issuedOn", TODAY.toString())
                        .add("policies", policies).build().toString());
        assertThat(entered.statusCode()).as(entered.body()).isEqualTo(201);
        return vendorId;
    }

    private static JsonArray verifications(long vendorId) {
        return CoiClient.jsonArray(CoiClient.as("viewer").get("/coi/api/v1/vendors/" + vendorId + "/verifications"));
    }

    private static JsonObject awaitOutcome(long vendorId, String outcome) {
        await().atMost(PATIENCE).until(() -> verifications(vendorId).stream()
                .anyMatch(v -> outcome.equals(v.asJsonObject().getString("outcome"))));
        return verifications(vendorId).stream().map(JsonValue::asJsonObject)
                .filter(v -> outcome.equals(v.getString("outcome"))).findFirst().orElseThrow();
    }

    private static JsonObject compliance(long vendorId) {
        return CoiClient.json(CoiClient.as("viewer").get("/coi/api/v1/vendors/" + vendorId + "/compliance"));
    }
}
