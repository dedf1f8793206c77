package org.opencoi.shared.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.HashMap;
import java.util.Map;
import org.opencoi.shared.application.Roles;
import org.opencoi.shared.application.BatchJobService;
import org.opencoi.shared.application.JobExecutionView;

/** Starting batch jobs and following their executions; admins only. */
@Path("/v1/batch")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class BatchJobResource {

    @Inject
    BatchJobService jobs;

    /** POST /v1/batch/jobs/{job}/executions?from=...&amp;to=...: starts the job; 202 with the execution. */
    @POST
    @Path("/jobs/{job}/executions")
    public Response start(@PathParam("job") String job, @Context UriInfo uri) {
        Map<String, String> parameters = new HashMap<>();
        uri.getQueryParameters().forEach((name, values) -> parameters.put(name, values.get(0)));
        JobExecutionView execution = jobs.start(job, parameters);
        return Response.accepted(execution)
                .location(uri.getBaseUriBuilder().path("v1/batch/executions/{id}").build(execution.id()))
                .build();
    }

    @GET
    @Path("/executions/{id}")
    public JobExecutionView execution(@PathParam("id") long id) {
        return jobs.execution(id);
    }
}
