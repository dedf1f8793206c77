package org.opencoi.notification.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.opencoi.notification.domain.RenewalLink;

/**
 * The settings of vendor upload links, each a system property or else an environment variable:
 * {@value #KEY} signs new links, and links signed with it or with {@value #PREVIOUS_KEY} are accepted, so that a key
 * can be rotated without breaking the links already sent; {@value #DAYS} is how long a link works (default 30);
 * {@value #PUBLIC_URL} is the address vendors reach OpenCOI at (default http://localhost with the server's HTTP port).
 */
@ApplicationScoped
public class RenewalLinkSettings {

    public static final String KEY = "COI_LINK_KEY";
    public static final String PREVIOUS_KEY = "COI_LINK_PREVIOUS_KEY";
    public static final String DAYS = "COI_LINK_DAYS";
    public static final String PUBLIC_URL = "COI_PUBLIC_URL";

    private static final Logger LOG = Logger.getLogger(RenewalLinkSettings.class.getName());

    private byte[] currentKey;
    private List<byte[]> acceptedKeys;
    private int validDays;
    private String publicUrl;

    @PostConstruct
    void read() {
        String key = setting(KEY);
        if (key == null || key.isBlank()) {
            // Without a configured key links still work, but only until the server restarts.
            LOG.warning(KEY + " is not set: upload links are signed with a random key and stop working at restart");
            currentKey = new byte[32];
            new SecureRandom().nextBytes(currentKey);
        } else {
            currentKey = key.getBytes(StandardCharsets.UTF_8);
        }
        acceptedKeys = new ArrayList<>(List.of(currentKey));
        String previous = setting(PREVIOUS_KEY);
        if (previous != null && !previous.isBlank()) {
            acceptedKeys.add(previous.getBytes(StandardCharsets.UTF_8));
        }
        String days = setting(DAYS);
        validDays = days == null || days.isBlank() ? 30 : Integer.parseInt(days.strip());
        String url = setting(PUBLIC_URL);
        publicUrl = url == null || url.isBlank()
                ? "http://localhost:" + (8080 + Integer.getInteger("jboss.socket.binding.port-offset", 0))
                : url.strip().replaceAll("/+$", "");
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

    private static String setting(String name) {
        return System.getProperty(name, System.getenv(name));
    }
}
