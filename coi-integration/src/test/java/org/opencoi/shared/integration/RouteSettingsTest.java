package org.opencoi.shared.integration;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;
import org.opencoi.sync.erp.StatusPublishingRoute;
import org.opencoi.sync.erp.VendorFileDropRoute;
import org.opencoi.verification.carrier.CarrierVerificationRoute.Breaker;

/** The settings the Camel bootstrap hands its routes, read by their documented names. */
class RouteSettingsTest {

    private static Config config(Map<String, String> settings) {
        return new SmallRyeConfigBuilder().withSources(new PropertiesConfigSource(settings, "test", 100)).build();
    }

    @Test
    void withoutSettingsTheRoutesRunWithTheirDefaultsAndNoFileDrop() {
        Config none = config(Map.of());

        assertThat(StatusPublishingRoute.configuredPeriod(none)).isEqualTo(StatusPublishingRoute.DEFAULT_PERIOD);
        assertThat(Breaker.configured(none)).isEqualTo(Breaker.DEFAULT);
        assertThat(VendorFileDropRoute.configuredDirectory(none)).isEmpty();
    }

    @Test
    void settingsReplaceTheDefaults() {
        Config set = config(Map.of("COI_STATUS_PUBLISH_SECONDS", "1", "COI_CARRIER_BREAKER_OPEN_SECONDS", "3",
                "COI_SYNC_DROP_DIR", "/srv/erp-drop", "jboss.server.data.dir", "/opt/wildfly/data"));

        assertThat(StatusPublishingRoute.configuredPeriod(set)).isEqualTo(Duration.ofSeconds(1));
        assertThat(Breaker.configured(set)).isEqualTo(new Breaker(Breaker.DEFAULT.window(), Breaker.DEFAULT.minimumCalls(),
                Duration.ofSeconds(3)));
        assertThat(VendorFileDropRoute.configuredDirectory(set)).contains(Path.of("/srv/erp-drop"));
    }

    @Test
    void theFileDropDefaultsToADirectoryInTheServersDataDirectory() {
        Config server = config(Map.of("jboss.server.data.dir", "/opt/wildfly/data"));

        assertThat(VendorFileDropRoute.configuredDirectory(server)).contains(Path.of("/opt/wildfly/data/coi/vendor-drop"));
    }
}
