package org.opencoi.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * Calls every row of permission-matrix.csv as every role (and as nobody) against the deployed EAR:
 * an allowed call gets through (any answer but 401, 403 or a server error), a refused one is answered
 * 401 without credentials (a screen shows the sign-in form instead) and 403 with them. The matrix must name every operation the OpenAPI document
 * describes, so a new endpoint cannot go untested.
 */
class PermissionMatrixIT extends DeployedEarTest {

    /** The columns of the matrix, and the test user who holds each role. */
    private static final Map<String, String> PRINCIPALS = principals();
    private static final String NO_SUCH_ID = "2147483000";
    private static final String NO_SUCH_KEY = "PERMISSION-MATRIX";
    private static final String SYNC_NS = "urn:opencoi:sync:vendor:1";

    private final List<Row> matrix = load();
    private final JsonObject openApi = CoiClient.json(CoiClient.anonymous().get("/coi/api/openapi?format=JSON"));

    @Test
    void everyRestOperationOfTheApiHasARow() {
        Set<String> documented = new TreeSet<>();
        JsonObject paths = openApi.getJsonObject("paths");
        for (String path : paths.keySet()) {
            for (String method : paths.getJsonObject(path).keySet()) {
                documented.add(method.toUpperCase() + " " + apiPath(path));
            }
        }
        Set<String> inMatrix = new TreeSet<>();
        matrix.stream().filter(row -> row.kind.equals("rest")).forEach(row -> inMatrix.add(row.method + " " + row.path));

        assertThat(inMatrix).as("rows of permission-matrix.csv").containsExactlyInAnyOrderElementsOf(documented);
    }

    @Test
    void everyRoleGetsExactlyWhatTheMatrixAllows() {
        List<String> violations = new ArrayList<>();
        int calls = 0;
        for (Row row : matrix) {
            for (Map.Entry<String, String> principal : PRINCIPALS.entrySet()) {
                CoiClient client = principal.getValue() == null ? CoiClient.anonymous() : CoiClient.as(principal.getValue());
                HttpResponse<String> answer = call(client, row);
                calls++;
                boolean allowed = row.allowed.get(principal.getKey());
                int status = answer.statusCode();
                String violation = null;
                if (status >= 500 && !isDeclaredSoapFault(row, answer)) {
                    violation = "server error " + status;
                } else if (allowed && (status == 401 || status == 403)) {
                    violation = "refused with " + status + " but the matrix allows it";
                } else if (!allowed && !refused(row, principal.getValue() == null, answer)) {
                    violation = "answered " + status + " but the matrix refuses it";
                }
                if (violation != null) {
                    violations.add(row + " as " + principal.getKey() + ": " + violation);
                }
            }
        }

        System.out.printf("permission matrix: %d rows, %d calls, %d violations%n", matrix.size(), calls, violations.size());
        assertThat(violations).as("violations in %d calls", calls).isEmpty();
        assertThat(calls).isEqualTo(matrix.size() * PRINCIPALS.size());
    }

    /**
     * Refused as the matrix means it: 403 with credentials; without, 401, or for a screen the sign-in form
     * in its place.
     */
    private static boolean refused(Row row, boolean anonymous, HttpResponse<String> answer) {
        if (!anonymous) {
            return answer.statusCode() == 403;
        }
        return row.kind.equals("page")
                ? answer.statusCode() == 200 && answer.body().contains("j_security_check")
                : answer.statusCode() == 401;
    }

    private HttpResponse<String> call(CoiClient client, Row row) {
        return switch (row.kind) {
            case "rest" -> callRest(client, row);
            case "soap" -> client.post(row.path, "text/xml; charset=UTF-8", soapRequest(row.method));
            case "page" -> client.get("/coi" + withPlaceholders(row.path));
            default -> throw new IllegalArgumentException("unknown kind " + row.kind);
        };
    }

    /** A call that cannot change anything: unknown ids and keys, and an empty body that no operation accepts. */
    private HttpResponse<String> callRest(CoiClient client, Row row) {
        String path = "/coi" + withPlaceholders(row.path);
        String contentType = requestContentType(row);
        String body = contentType == null ? null : contentType.contains("json") ? "{}" : "";
        return client.send(row.method, path, contentType, body);
    }

    private String requestContentType(Row row) {
        JsonObject operation = operation(row);
        if (operation == null || !operation.containsKey("requestBody")) {
            return null;
        }
        Set<String> types = operation.getJsonObject("requestBody").getJsonObject("content").keySet();
        return types.contains("application/json") ? "application/json" : types.iterator().next();
    }

    private JsonObject operation(Row row) {
        JsonObject paths = openApi.getJsonObject("paths");
        for (String path : paths.keySet()) {
            if (apiPath(path).equals(row.path)) {
                return paths.getJsonObject(path).getJsonObject(row.method.toLowerCase());
            }
        }
        return null;
    }

    /** The operations' paths as the matrix writes them: from /api on, whatever server prefix the document uses. */
    private static String apiPath(String documented) {
        String path = documented.startsWith("/coi/") ? documented.substring("/coi".length()) : documented;
        return path.startsWith("/api/") ? path : "/api" + path;
    }

    private static String withPlaceholders(String path) {
        return path.replaceAll("\\{(id|vendorId|certificateId|executionId)}", NO_SUCH_ID).replaceAll("\\{[a-zA-Z]+}", NO_SUCH_KEY);
    }

    /** A SOAP fault the contract declares (VendorNotFound) or a schema refusal: the call got past security. */
    private static boolean isDeclaredSoapFault(Row row, HttpResponse<String> answer) {
        return row.kind.equals("soap") && answer.statusCode() == 500 && answer.body().contains("Fault")
                && !answer.body().contains("not allowed");
    }

    private static String soapRequest(String operation) {
        String content = switch (operation) {
            case "findVendor" -> "<v:sourceSystem>%s</v:sourceSystem><v:externalId>NONE</v:externalId>".formatted(NO_SUCH_KEY);
            case "deactivateVendor" -> "<v:sourceSystem>%s</v:sourceSystem><v:externalId>NONE</v:externalId><v:version>1</v:version>"
                    .formatted(NO_SUCH_KEY);
            // No vendor records: the schema refuses the batch, so an allowed caller changes nothing.
            case "upsertVendors" -> "<v:sourceSystem>%s</v:sourceSystem>".formatted(NO_SUCH_KEY);
            default -> throw new IllegalArgumentException("unknown operation " + operation);
        };
        return """
                <soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:v="%s">
                  <soapenv:Body><v:%s>%s</v:%s></soapenv:Body>
                </soapenv:Envelope>""".formatted(SYNC_NS, operation, content, operation);
    }

    private static List<Row> load() {
        CSVFormat format = CSVFormat.DEFAULT.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true).build();
        try (Reader reader = new InputStreamReader(
                PermissionMatrixIT.class.getResourceAsStream("/permission-matrix.csv"), StandardCharsets.UTF_8)) {
            List<Row> rows = new ArrayList<>();
            for (CSVRecord record : format.parse(reader)) {
                Map<String, Boolean> allowed = new LinkedHashMap<>();
                for (String role : PRINCIPALS.keySet()) {
                    allowed.put(role, switch (record.get(role)) {
                        case "yes" -> true;
                        case "no" -> false;
                        default -> throw new IllegalArgumentException("neither yes nor no in " + record);
                    });
                }
                rows.add(new Row(record.get("kind"), record.get("method"), record.get("path"), allowed));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> principals() {
        Map<String, String> principals = new LinkedHashMap<>();
        principals.put("ADMIN", "admin");
        principals.put("REVIEWER", "reviewer");
        principals.put("VIEWER", "viewer");
        principals.put("INTEGRATION", "erp");
        principals.put("anonymous", null);
        return principals;
    }

    private record Row(String kind, String method, String path, Map<String, Boolean> allowed) {
        @Override
        public String toString() {
            return kind + " " + method + " " + path;
        }
    }
}
