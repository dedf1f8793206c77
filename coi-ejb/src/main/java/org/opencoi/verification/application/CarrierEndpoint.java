package org.opencoi.verification.application;

import java.io.Serializable;
import org.opencoi.shared.domain.NaicCode;
import org.opencoi.verification.domain.Carrier;

/**
 * Where and how a carrier's verification service is called.
 *
 * @param wsSecurity whether username and password go in a WS-Security username token rather than HTTP Basic
 */
public record CarrierEndpoint(NaicCode naicCode, String url, String username, String password, boolean wsSecurity,
        int timeoutMillis, int requestsPerSecond) implements Serializable {

    public static CarrierEndpoint of(Carrier carrier) {
        return new CarrierEndpoint(carrier.getNaicCode(), carrier.getEndpointUrl(), carrier.getUsername(),
                carrier.getPassword(), carrier.isWsSecurity(), carrier.getTimeoutMillis(), carrier.getRequestsPerSecond());
    }

    @Override
    public String toString() {
        // Never the password, in logs or messages.
        return "CarrierEndpoint[" + naicCode + " " + url + "]";
    }
}
