package org.opencoi.notification.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.opencoi.notification.domain.RenewalLink;

/**
 * The settings of vendor upload links (see the README's settings): {@value #KEY} signs new links, and links signed
 * with it or with {@value #PREVIOUS_KEY} are accepted, so that a key can be rotated without breaking the links already
 * sent; {@value #DAYS} is how long a link works (default 30);
 * {@value #PUBLIC_URL} is the address vendors reach OpenCOI at (default http://localhost with the server's HTTP port).
 */
@ApplicationScoped
public class RenewalLinkSettings {

    public static final String KEY = "COI_LINK_KEY";
    public static final String PREVIOUS_KEY = "COI_LINK_PREVIOUS_KEY";
    public static final String DAYS = "COI_LINK_DAYS";
    public static final String PUBLIC_URL = "COI_PUBLIC_URL";

    private static final Logger LOG = Logger.getLogger(RenewalLinkSettings.class.getName());

    @Inject
    @ConfigProperty(name = KEY)
    Optional<String> key;

    @Inject
    @ConfigProperty(name = PREVIOUS_KEY)
    Optional<String> previousKey;

    @Inject
    @ConfigProperty(name = DAYS, defaultValue = "30")
    int validDays;

    @Inject
    @ConfigProperty(name = PUBLIC_URL)
    Optional<String> configuredPublicUrl;

    /** The server's port offset, which shifts its HTTP port 8080. */
    @Inject
    @ConfigProperty(name = "jboss.socket.binding.port-offset", defaultValue = "0")
    int portOffset;

    private byte[] currentKey;
    private List<byte[]> acceptedKeys;
    private String publicUrl;

    @PostConstruct
    void read() {
        Optional<String> signingKey = key.filter(k -> !k.isBlank());
        if (signingKey.isEmpty()) {
            // Without a configured key links still work, but only until the server restarts.
            LOG.warning(KEY + " is not set: upload links are signed with a random key and stop working at restart");
            currentKey = new byte[32];
            new SecureRandom().nextBytes(currentKey);
        } else {
            currentKey = signingKey.get().getBytes(StandardCharsets.UTF_8);
        }
        acceptedKeys = new ArrayList<>(List.of(currentKey));
        previousKey.filter(k -> !k.isBlank())
                .ifPresent(previous -> acceptedKeys.add(previous.getBytes(StandardCharsets.UTF_8)));
        publicUrl = configuredPublicUrl.filter(url -> !url.isBlank()).map(url -> url.strip().replaceAll("/+$", ""))
                .orElse("http://localhost:" + (8080 + portOffset));
    }

    public String sign(RenewalLink link) {
        return link.sign(currentKey);
    }

    public List<byte[]> acceptedKeys() {
        return acceptedKeys;
    }

    public int validDays() {
        return validDays;
    }

    /** The address of the upload page for a link. */
    public String uploadUrl(RenewalLink link) {
        return publicUrl + "/coi/upload?token=" + sign(link);
    }
}
