package org.opencoi.verification.carrier;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.apache.camel.RoutesBuilder;
import org.eclipse.microprofile.config.Config;
import org.opencoi.shared.integration.ContextRoutes;

/** The route that asks the carriers whether the policies on certificates are in force. */
@ApplicationScoped
public class CarrierRoutes implements ContextRoutes {

    @EJB
    VerificationQueue verificationQueue;

    /** The carriers' breaker. */
    @Inject
    Config config;

    public CarrierRoutes() {
    }

    /** The route with the given queue, for tests without a container. */
    public CarrierRoutes(VerificationQueue verificationQueue, Config config) {
        this.verificationQueue = verificationQueue;
        this.config = config;
    }

    @Override
    public List<RoutesBuilder> routes() {
        return List.of(new CarrierVerificationRoute(verificationQueue, new SoapPolicyVerifier(),
                CarrierVerificationRoute.DEFAULT_PERIOD, CarrierVerificationRoute.Breaker.configured(config)));
    }
}
