package org.opencoi.verification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.net.URI;
import java.util.Objects;
import org.opencoi.shared.domain.NaicCode;

/**
 * A carrier, by NAIC code, and how its policy verification service is reached: the endpoint, the
 * credentials (sent as HTTP Basic, or as a WS-Security username token when the carrier wants one), how
 * long an answer may take and how many requests a second it accepts. A carrier without an endpoint has
 * no service: its policies are not verifiable, which never counts against a vendor.
 */
@Entity
@Table(name = "carrier")
public class Carrier {

    public static final int DEFAULT_TIMEOUT_MILLIS = 5_000;
    public static final int DEFAULT_REQUESTS_PER_SECOND = 50;

    /** The code's digits: JPA converts no id, so the field holds the text and the accessors the code. */
    @Id
    @Column(name = "naic_code", length = 5)
    private String naicCode;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "endpoint_url", length = 1000)
    private String endpointUrl;

    @Column(length = 120)
    private String username;

    @Column(length = 200)
    private String password;

    @Column(name = "ws_security", nullable = false)
    private boolean wsSecurity;

    @Column(name = "timeout_millis", nullable = false)
    private int timeoutMillis;

    @Column(name = "requests_per_second", nullable = false)
    private int requestsPerSecond;

    protected Carrier() {
    }

    public Carrier(NaicCode naicCode, String name) {
        this.naicCode = Objects.requireNonNull(naicCode, "naicCode").digits();
        configure(name, null, null, null, false, DEFAULT_TIMEOUT_MILLIS, DEFAULT_REQUESTS_PER_SECOND);
    }

    /**
     * Sets how the carrier's service is reached.
     *
     * @param endpointUrl an http(s) URL, or null for a carrier without a service
     * @param wsSecurity whether the credentials go in a WS-Security username token rather than HTTP Basic
     */
    public void configure(String name, String endpointUrl, String username, String password, boolean wsSecurity,
            int timeoutMillis, int requestsPerSecond) {
        if (name == null || name.isBlank() || name.strip().length() > 200) {
            throw new IllegalArgumentException("a carrier's name is 1 to 200 characters");
        }
        if (endpointUrl != null && !endpointUrl.isBlank()) {
            URI uri;
            try {
                uri = URI.create(endpointUrl.strip());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("endpointUrl is not a URL: " + endpointUrl);
            }
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null
                    || endpointUrl.length() > 1000) {
                throw new IllegalArgumentException("endpointUrl must be an http or https URL of at most 1,000 characters");
            }
        }
        if (wsSecurity && (username == null || username.isBlank())) {
            throw new IllegalArgumentException("a WS-Security username token needs a username");
        }
        if (timeoutMillis < 100 || timeoutMillis > 120_000) {
            throw new IllegalArgumentException("timeoutMillis must be 100 to 120000");
        }
        if (requestsPerSecond < 1 || requestsPerSecond > 10_000) {
            throw new IllegalArgumentException("requestsPerSecond must be 1 to 10000");
        }
        this.name = name.strip();
        this.endpointUrl = endpointUrl == null || endpointUrl.isBlank() ? null : endpointUrl.strip();
        this.username = username == null || username.isBlank() ? null : username;
        this.password = password;
        this.wsSecurity = wsSecurity;
        this.timeoutMillis = timeoutMillis;
        this.requestsPerSecond = requestsPerSecond;
    }

    public boolean isVerifiable() {
        return endpointUrl != null;
    }

    public NaicCode getNaicCode() {
        return NaicCode.of(naicCode);
    }

    public String getName() {
        return name;
    }

    public String getEndpointUrl() {
        return endpointUrl;
    }

    public String getUsername() {
        return username;
    }

    public String getPassword() {
        return password;
    }

    public boolean isWsSecurity() {
        return wsSecurity;
    }

    public int getTimeoutMillis() {
        return timeoutMillis;
    }

    public int getRequestsPerSecond() {
        return requestsPerSecond;
    }

    @Override
    public String toString() {
        return "Carrier " + naicCode + " " + Objects.toString(endpointUrl, "(no service)");
    }
}
