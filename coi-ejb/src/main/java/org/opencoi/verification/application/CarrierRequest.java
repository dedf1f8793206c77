package org.opencoi.verification.application;

import java.io.Serializable;

/**
 * A carrier's configuration as an admin sends it.
 *
 * @param endpointUrl null or blank for a carrier without a service
 * @param timeoutMillis null for the default (5,000)
 * @param requestsPerSecond null for the default (50)
 */
public record CarrierRequest(String name, String endpointUrl, String username, String password, boolean wsSecurity,
        Integer timeoutMillis, Integer requestsPerSecond) implements Serializable {
}
