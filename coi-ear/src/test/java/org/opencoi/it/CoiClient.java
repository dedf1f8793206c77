package org.opencoi.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;

/** A plain HTTP client of the deployed OpenCOI, signed in as one user (or nobody). */
final class CoiClient {

    static final String SERVER = "http://localhost:" + (8080 + Integer.getInteger("it.port.offset", 0));

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private final String authorization;

    private CoiClient(String authorization) {
        this.authorization = authorization;
    }

    /** Signed in as a test user, whose password is the user name. */
    static CoiClient as(String user) {
        return as(user, user);
    }

    static CoiClient as(String user, String password) {
        String credentials = user + ":" + password;
        return new CoiClient("Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }

    static CoiClient anonymous() {
        return new CoiClient(null);
    }

    HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    HttpResponse<String> postJson(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A request with a JSON body and any method (PUT, DELETE, ...). */
    HttpResponse<String> send(String method, String path, String json) {
        return send(method, path, "application/json", json);
    }

    /** A request with any method, and a body of the given type unless that type is null. */
    HttpResponse<String> send(String method, String path, String contentType, String body) {
        HttpRequest.Builder request = request(path);
        if (contentType == null) {
            return send(request.method(method, HttpRequest.BodyPublishers.noBody()));
        }
        return send(request.header("Content-Type", contentType).method(method, HttpRequest.BodyPublishers.ofString(body)));
    }

    HttpResponse<String> post(String path, String contentType, String body) {
        return send(request(path).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    HttpResponse<String> postEmpty(String path) {
        return send(request(path).POST(HttpRequest.BodyPublishers.noBody()));
    }

    /** A GET whose answer is kept as bytes, for documents. */
    HttpResponse<byte[]> download(String path) {
        return send(request(path).GET(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A multipart/form-data upload of one file in the part named "file". */
    HttpResponse<String> upload(String path, String fileName, byte[] content) {
        String boundary = "coi-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/pdf\r\n\r\n";
        body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    static JsonObject json(HttpResponse<String> response) {
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    static JsonArray jsonArray(HttpResponse<String> response) {
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readArray();
        }
    }

    /** Registers a vendor with a fresh external id, as the ERP would, and returns its JSON. */
    static JsonObject registerVendor(String name) {
        String externalId = "IT-" + UUID.randomUUID();
        HttpResponse<String> created = as("erp").postJson("/coi/api/v1/vendors", Json.createObjectBuilder()
                .add("sourceSystem", "IT-ERP").add("externalId", externalId).add("name", name)
                .add("tier", "HIGH").build().toString());
        if (created.statusCode() != 201) {
            throw new IllegalStateException("could not register a vendor: " + created.statusCode() + " " + created.body());
        }
        return json(created);
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(SERVER + path)).timeout(Duration.ofSeconds(30));
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return builder;
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        return send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) {
        try {
            return HTTP.send(request.build(), body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
