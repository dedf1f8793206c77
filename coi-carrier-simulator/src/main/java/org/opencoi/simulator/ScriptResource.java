package org.opencoi.simulator;

import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import java.util.Set;

/**
 * Scripts the simulated carrier: PUT a {@link Script} (JSON) for a policy number or a carrier's NAIC code,
 * DELETE it to go back to confirming; GET /requests tells how many inquiries each carrier received, GET
 * /callers how the last one signed in.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class ScriptResource {

    private static final Set<String> STATUSES = Set.of("CONFIRMED", "NOT_FOUND", "CANCELLED", "EXPIRED", "UNCONFIRMED");

    @Inject
    ScriptedAnswers answers;

    @PUT
    @Path("/policies/{policyNumber}")
    @Consumes(MediaType.APPLICATION_JSON)
    public void scriptPolicy(@PathParam("policyNumber") String policyNumber, Script script) {
        answers.scriptPolicy(policyNumber, checked(script));
    }

    @DELETE
    @Path("/policies/{policyNumber}")
    public void forgetPolicy(@PathParam("policyNumber") String policyNumber) {
        answers.forgetPolicy(policyNumber);
    }

    @PUT
    @Path("/carriers/{naicCode}")
    @Consumes(MediaType.APPLICATION_JSON)
    public void scriptCarrier(@PathParam("naicCode") String naicCode, Script script) {
        answers.scriptCarrier(naicCode, checked(script));
    }

    @DELETE
    @Path("/carriers/{naicCode}")
    public void forgetCarrier(@PathParam("naicCode") String naicCode) {
        answers.forgetCarrier(naicCode);
    }

    @GET
    @Path("/requests")
    public Map<String, Long> requests() {
        return answers.requests();
    }

    /** How the last inquiry about each carrier's policies signed in: "token:user", "basic:user" or "none". */
    @GET
    @Path("/callers")
    public Map<String, String> callers() {
        return answers.callers();
    }

    private static Script checked(Script script) {
        if (script == null) {
            throw new BadRequestException("a script is a JSON object: {\"behaviour\", \"status\", ...}");
        }
        if (script.status() != null && !STATUSES.contains(script.status())) {
            throw new BadRequestException("status must be one of " + STATUSES);
        }
        return script;
    }
}
