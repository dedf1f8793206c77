package org.opencoi.load;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The provisioned OpenCOI server (built for PostgreSQL) run as a process of its own, with a base directory under
 * target/, so that a command can start it, kill it with SIGKILL and start it again, and talk to it over REST.
 */
final class NightlyServer implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String ADMIN = "Basic " + Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8));

    private final Path home;
    private final Path base;
    private final int portOffset;
    private final Map<String, String> environment;
    private Process process;

    NightlyServer(Path home, Path base, int portOffset, Map<String, String> environment) {
        this.home = home;
        this.base = base;
        this.portOffset = portOffset;
        this.environment = environment;
    }

    /** A fresh base directory: the server's configuration, the EAR in deployments, an admin user. */
    void prepare(Path ear) throws IOException, InterruptedException {
        if (Files.exists(base)) {
            try (Stream<Path> files = Files.walk(base)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (UncheckedIOException e) {
                throw new IllegalStateException("could not empty " + base + "; is a server still running there?", e);
            }
        }
        Path configuration = base.resolve("configuration");
        Files.createDirectories(configuration);
        try (Stream<Path> files = Files.list(home.resolve("standalone/configuration"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, configuration.resolve(file.getFileName()));
            }
        }
        Files.createDirectories(base.resolve("deployments"));
        Files.copy(ear, base.resolve("deployments").resolve("coi.ear"), StandardCopyOption.REPLACE_EXISTING);
        Process users = new ProcessBuilder("bash", home.getParent().getParent().resolve("src/main/server/add-users.sh").toString(),
                home.toString(), configuration.toString(), "admin:admin:ADMIN").inheritIO().start();
        if (users.waitFor() != 0) {
            throw new IllegalStateException("could not add the admin user");
        }
    }

    /** Starts the server and waits until the application answers its health check. */
    void start() throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/standalone.sh").toString(), "-c", "standalone-coi.xml",
                "-Djboss.server.base.dir=" + base, "-Djboss.socket.binding.port-offset=" + portOffset)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(base.resolve("console.log").toFile()));
        builder.environment().putAll(environment);
        process = builder.start();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the server stopped while starting; see " + base.resolve("console.log"));
            }
            try {
                if (get("/coi/api/health").statusCode() == 200) {
                    return;
                }
            } catch (UncheckedIOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the server did not become healthy in 5 minutes");
    }

    /** Kills the server's JVM with SIGKILL, as a crash would: no shutdown hook, no transaction ends. */
    void kill() throws InterruptedException {
        ProcessHandle jvm = process.descendants().filter(p -> p.info().command().map(c -> c.endsWith("java")).orElse(false))
                .findFirst().orElseThrow(() -> new IllegalStateException("no java process under the server script"));
        jvm.destroyForcibly(); // SIGKILL on Linux
        jvm.onExit().join();
        process.waitFor();
    }

    long pid() {
        return process.descendants().filter(p -> p.info().command().map(c -> c.endsWith("java")).orElse(false))
                .findFirst().orElseThrow().pid();
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            var jvms = process.descendants().toList();
            jvms.forEach(ProcessHandle::destroy);
            process.destroy();
            jvms.forEach(p -> p.onExit().join());
            process.waitFor();
        }
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).header("Authorization", ADMIN).GET());
    }

    HttpResponse<String> post(String path) {
        return send(HttpRequest.newBuilder(uri(path)).header("Authorization", ADMIN).POST(HttpRequest.BodyPublishers.noBody()));
    }

    HttpResponse<String> postJson(String path, String json) {
        return send(HttpRequest.newBuilder(uri(path)).header("Authorization", ADMIN).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    static JsonObject json(HttpResponse<String> response) {
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    /** Starts the nightly-compliance job; answers the execution id. */
    long startNightlyJob(String parameters) {
        HttpResponse<String> started = post("/coi/api/v1/batch/jobs/nightly-compliance/executions?" + parameters);
        if (started.statusCode() != 202) {
            throw new IllegalStateException("the job did not start: " + started.statusCode() + " " + started.body());
        }
        return json(started).getJsonNumber("id").longValue();
    }

    long restart(long executionId) {
        HttpResponse<String> restarted = post("/coi/api/v1/batch/executions/" + executionId + "/restart");
        if (restarted.statusCode() != 202) {
            throw new IllegalStateException("the job did not restart: " + restarted.statusCode() + " " + restarted.body());
        }
        return json(restarted).getJsonNumber("id").longValue();
    }

    JsonObject execution(long executionId) {
        return json(get("/coi/api/v1/batch/executions/" + executionId));
    }

    /** Asks for the execution every {@code poll} until it has ended; answers it as it ended. */
    JsonObject awaitEnd(long executionId, Duration poll) throws InterruptedException {
        while (true) {
            JsonObject execution = execution(executionId);
            String status = execution.getString("status");
            if (!status.equals("STARTING") && !status.equals("STARTED") && !status.equals("STOPPING")) {
                return execution;
            }
            Thread.sleep(poll.toMillis());
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + (8080 + portOffset) + path);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.timeout(Duration.ofMinutes(2)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
