package org.opencoi.requirement.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.opencoi.requirement.application.ProfileRequest;
import org.opencoi.requirement.application.ProfileView;
import org.opencoi.requirement.application.RequirementProfileService;
import org.opencoi.shared.application.InvalidRequestException;
import org.opencoi.shared.application.Roles;
import org.opencoi.vendor.application.VendorService;

/** Requirement profiles: /coi/api/v1/requirement-profiles. Each edit is a new version. */
@Path("/v1/requirement-profiles")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.REVIEWER, Roles.VIEWER, Roles.INTEGRATION})
public class RequirementProfileResource {

    /** The vendors to assign a profile version to. */
    public record Assignment(List<Long> vendorIds) {
    }

    @Inject
    RequirementProfileService profiles;

    @Inject
    VendorService vendors;

    /** The newest version of every profile. */
    @GET
    public List<ProfileView> list() {
        return profiles.list();
    }

    @GET
    @Path("/{id}")
    public ProfileView get(@PathParam("id") long id) {
        return profiles.get(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    public Response create(ProfileRequest request, @Context UriInfo uri) {
        return created(profiles.create(request), uri);
    }

    /** POST /{id}/versions: the next version of the profile; the old version stays for the decisions that used it. */
    @POST
    @Path("/{id}/versions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    public Response newVersion(@PathParam("id") long id, ProfileRequest request, @Context UriInfo uri) {
        return created(profiles.newVersion(id, request), uri);
    }

    /** POST /{id}/assignments {"vendorIds": [...]}: assigns this version and decides those vendors again. */
    @POST
    @Path("/{id}/assignments")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    public Map<String, Integer> assign(@PathParam("id") long id, Assignment assignment) {
        if (assignment == null) {
            throw new InvalidRequestException("the request body must be {\"vendorIds\": [...]}");
        }
        return Map.of("assigned", vendors.assignProfile(id, assignment.vendorIds()));
    }

    private static Response created(ProfileView profile, UriInfo uri) {
        return Response.created(uri.getBaseUriBuilder().path("v1/requirement-profiles/{id}").build(profile.id()))
                .entity(profile)
                .build();
    }
}
