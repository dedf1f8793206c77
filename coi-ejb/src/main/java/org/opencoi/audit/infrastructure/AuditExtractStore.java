package org.opencoi.audit.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.Config;
import org.opencoi.audit.application.AuditExtractView;

/**
 * Where audit extracts are kept: one directory per job execution under the server's data directory
 * ({@code <data dir>/coi/audit-extracts/<execution id>/}) holding the CSV, the PDF summary and a manifest. The
 * manifest is written last, so a directory without one is an extract still being written or cut off, and is
 * not listed.
 */
@ApplicationScoped
public class AuditExtractStore {

    public static final String CSV = "audit-events.csv";
    public static final String PDF = "summary.pdf";
    private static final String MANIFEST = "extract.properties";

    @Inject
    Config config;

    /** The directory of the execution's extract, made empty and ready to write in. */
    public Path freshDirectory(long executionId) {
        Path directory = directory(executionId);
        try {
            Files.createDirectories(directory);
            Files.deleteIfExists(directory.resolve(MANIFEST));
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException("could not make the audit extract directory " + directory, e);
        }
    }

    public Path directory(long executionId) {
        return root().resolve(Long.toString(executionId));
    }

    /** Records that the execution's extract is complete. */
    public void complete(AuditExtractView extract) {
        Properties manifest = new Properties();
        manifest.setProperty("from", extract.from().toString());
        manifest.setProperty("to", extract.to().toString());
        manifest.setProperty("created", extract.created().toString());
        manifest.setProperty("events", Long.toString(extract.events()));
        manifest.setProperty("csvBytes", Long.toString(extract.csvBytes()));
        manifest.setProperty("csvSha256", extract.csvSha256());
        manifest.setProperty("pdfBytes", Long.toString(extract.pdfBytes()));
        manifest.setProperty("pdfSha256", extract.pdfSha256());
        Path directory = directory(extract.executionId());
        Path written = directory.resolve(MANIFEST + ".new");
        try {
            try (Writer out = Files.newBufferedWriter(written, StandardCharsets.UTF_8)) {
                manifest.store(out, null);
            }
            Files.move(written, directory.resolve(MANIFEST), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the audit extract manifest in " + directory, e);
        }
    }

    /** The complete extracts, newest execution first. */
    public List<AuditExtractView> list() {
        if (!Files.isDirectory(root())) {
            return List.of();
        }
        List<AuditExtractView> extracts = new ArrayList<>();
        try (Stream<Path> directories = Files.list(root())) {
            directories.map(d -> d.getFileName().toString()).filter(name -> name.matches("\\d{1,18}"))
                    .forEach(name -> find(Long.parseLong(name)).ifPresent(extracts::add));
        } catch (IOException e) {
            throw new UncheckedIOException("could not list the audit extracts in " + root(), e);
        }
        extracts.sort(Comparator.comparingLong(AuditExtractView::executionId).reversed());
        return extracts;
    }

    /** The execution's extract, if it is complete. */
    public Optional<AuditExtractView> find(long executionId) {
        Path manifestFile = directory(executionId).resolve(MANIFEST);
        if (!Files.isRegularFile(manifestFile)) {
            return Optional.empty();
        }
        Properties manifest = new Properties();
        try (Reader in = Files.newBufferedReader(manifestFile, StandardCharsets.UTF_8)) {
            manifest.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the audit extract manifest " + manifestFile, e);
        }
        return Optional.of(new AuditExtractView(executionId, LocalDate.parse(manifest.getProperty("from")),
                LocalDate.parse(manifest.getProperty("to")), Instant.parse(manifest.getProperty("created")),
                Long.parseLong(manifest.getProperty("events")), Long.parseLong(manifest.getProperty("csvBytes")),
                manifest.getProperty("csvSha256"), Long.parseLong(manifest.getProperty("pdfBytes")),
                manifest.getProperty("pdfSha256")));
    }

    private Path root() {
        String data = config.getOptionalValue("jboss.server.data.dir", String.class)
                .orElseGet(() -> config.getValue("java.io.tmpdir", String.class));
        return Path.of(data, "coi", "audit-extracts");
    }
}
