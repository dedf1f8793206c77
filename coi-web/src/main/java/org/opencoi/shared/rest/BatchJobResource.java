package org.opencoi.shared.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.opencoi.shared.application.BatchJobService;
import org.opencoi.shared.application.JobExecutionView;
import org.opencoi.shared.application.Roles;

/** Starting batch jobs and following their executions; admins only. */
@Path("/v1/batch")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class BatchJobResource {

    @Inject
    BatchJobService jobs;

    /**
     * POST /v1/batch/jobs/{job}/executions?from=...&amp;to=... (audit-extract) or ?asOf=&amp;partitions=&amp;threads=&amp;chunkSize=
     * (nightly-compliance, all optional): starts the job; 202 with the execution.
     */
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

    /** GET /v1/batch/jobs/{job}/executions?limit=20: the job's executions, newest first, with their counts. */
    @GET
    @Path("/jobs/{job}/executions")
    public List<JobExecutionView> executions(@PathParam("job") String job, @QueryParam("limit") @DefaultValue("20") int limit) {
        return jobs.executions(job, limit);
    }

    @GET
    @Path("/executions/{id}")
    public JobExecutionView execution(@PathParam("id") long id) {
        return jobs.execution(id);
    }

    /** POST /v1/batch/executions/{id}/stop: asks a running execution to stop at its next checkpoint. */
    @POST
    @Path("/executions/{id}/stop")
    public Response stop(@PathParam("id") long id) {
        return Response.accepted(jobs.stop(id)).build();
    }

    /** POST /v1/batch/executions/{id}/restart: restarts a stopped, failed or crashed execution; 202 with the new one. */
    @POST
    @Path("/executions/{id}/restart")
    public Response restart(@PathParam("id") long id, @Context UriInfo uri) {
        JobExecutionView execution = jobs.restart(id);
        return Response.accepted(execution)
                .location(uri.getBaseUriBuilder().path("v1/batch/executions/{id}").build(execution.id()))
                .build();
    }
}
