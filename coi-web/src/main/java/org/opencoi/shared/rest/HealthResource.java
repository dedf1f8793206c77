package org.opencoi.shared.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Comparator;
import java.util.List;
import org.opencoi.shared.application.ComponentHealth;
import org.opencoi.shared.application.HealthCheck;

/** GET /coi/api/health: 200 when every part answers, 503 naming the parts that do not. Open to all. */
@PermitAll
@Path("/health")
public class HealthResource {

    public record Health(String status, List<ComponentHealth> checks) {
    }

    @Inject
    @Any
    Instance<HealthCheck> checks;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response health() {
        List<ComponentHealth> results = checks.stream()
                .map(HealthCheck::check)
                .sorted(Comparator.comparing(ComponentHealth::component))
                .toList();
        boolean up = !results.isEmpty() && results.stream().allMatch(ComponentHealth::up);
        return Response.status(up ? Response.Status.OK : Response.Status.SERVICE_UNAVAILABLE)
                .entity(new Health(up ? "UP" : "DOWN", results))
                .build();
    }
}
