package org.opencoi.shared.integration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.camel.CamelContext;
import org.apache.camel.ServiceStatus;
import org.opencoi.shared.application.ComponentHealth;
import org.opencoi.shared.application.HealthCheck;

/** Camel is up when the application's Camel context is started; the detail counts its running routes. */
@ApplicationScoped
public class CamelHealthCheck implements HealthCheck {

    static final String COMPONENT = "camel";

    @Inject
    CamelBootstrap camel;

    @Override
    public ComponentHealth check() {
        CamelContext context = camel.context();
        ServiceStatus status = context.getStatus();
        long routesStarted = context.getRoutes().stream()
                .filter(route -> context.getRouteController().getRouteStatus(route.getRouteId()).isStarted())
                .count();
        return new ComponentHealth(COMPONENT, status.isStarted(),
                "context " + context.getName() + " " + status + ", "
                        + routesStarted + " of " + context.getRoutes().size() + " routes started");
    }
}
