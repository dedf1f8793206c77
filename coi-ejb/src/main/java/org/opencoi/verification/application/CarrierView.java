package org.opencoi.verification.application;

import java.io.Serializable;
import org.opencoi.verification.domain.Carrier;

/** A carrier as admins see it: never its password, only whether one is set. */
public record CarrierView(String naicCode, String name, String endpointUrl, String username, boolean passwordSet,
        boolean wsSecurity, int timeoutMillis, int requestsPerSecond, boolean verifiable) implements Serializable {

    public static CarrierView of(Carrier c) {
        return new CarrierView(c.getNaicCode().digits(), c.getName(), c.getEndpointUrl(), c.getUsername(), c.getPassword() != null,
                c.isWsSecurity(), c.getTimeoutMillis(), c.getRequestsPerSecond(), c.isVerifiable());
    }
}
