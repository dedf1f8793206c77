package org.opencoi.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/** The EAR carries only what WildFly lacks: no Jakarta EE APIs, no second CXF, Hibernate, Jackson or driver. */
class EarContentsIT {

    @Test
    void libraryFolderHoldsOnlyWhatTheServerLacks() throws IOException {
        List<String> libraries;
        try (ZipFile ear = new ZipFile(System.getProperty("coi.ear"))) {
            libraries = ear.stream().map(ZipEntry::getName).filter(n -> n.startsWith("lib/") && n.endsWith(".jar"))
                    .map(n -> n.substring("lib/".length())).toList();
        }

        assertThat(libraries)
                .anyMatch(n -> n.startsWith("pdfbox-"))
                .anyMatch(n -> n.startsWith("flyway-core-"))
                .anyMatch(n -> n.startsWith("camel-core-engine-"))
                .noneMatch(n -> n.startsWith("jakarta.") || n.startsWith("javax."))
                .noneMatch(n -> n.startsWith("slf4j-"))
                .noneMatch(n -> n.startsWith("cxf-"))
                .noneMatch(n -> n.startsWith("hibernate-"))
                .noneMatch(n -> n.startsWith("jackson-"))
                .noneMatch(n -> n.startsWith("h2-") || n.startsWith("postgresql-"))
                .noneMatch(n -> n.startsWith("commons-logging-"))
                .noneMatch(n -> n.startsWith("primefaces-"));
    }
}
