package org.opencoi.sync.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.opencoi.shared.application.InvalidRequestException;
import org.opencoi.shared.application.Roles;
import org.opencoi.sync.application.HeldVendor;
import org.opencoi.sync.application.InboundVendorSync;
import org.opencoi.sync.application.StatusPublishingService;
import org.opencoi.sync.application.SyncRejectionView;
import org.opencoi.sync.application.SyncResult;
import org.opencoi.sync.application.VendorSyncService;
import org.opencoi.sync.rest.dto.CategoryMapping;
import org.opencoi.sync.rest.dto.VendorSyncBatch;
import org.opencoi.sync.rest.dto.VendorSyncReport;
import org.opencoi.sync.rest.dto.WebhookTarget;

/** ERP vendor sync over REST: /coi/api/v1/sync. */
@Path("/v1/sync")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.INTEGRATION})
public class VendorSyncResource {

    @Inject
    VendorSyncService sync;

    @Inject
    InboundVendorSync inbound;

    @Inject
    StatusPublishingService publishing;

    /** POST /vendors: creates or updates each vendor of the batch; 200 with one result per record. */
    @POST
    @Path("/vendors")
    @Consumes(MediaType.APPLICATION_JSON)
    public VendorSyncReport upsert(VendorSyncBatch batch) {
        if (batch == null) {
            throw new InvalidRequestException("the request body must be {\"sourceSystem\": ..., \"vendors\": [...]}");
        }
        return new VendorSyncReport(inbound.upsert(batch.sourceSystem(), batch.vendors()));
    }

    /** GET /vendors?sourceSystem=: the vendors held for one source system, by external id, to reconcile with. */
    @GET
    @Path("/vendors")
    public List<HeldVendor> heldVendors(@QueryParam("sourceSystem") String sourceSystem,
            @QueryParam("offset") @DefaultValue("0") int offset, @QueryParam("limit") @DefaultValue("50") int limit) {
        return sync.heldVendors(sourceSystem, offset, limit);
    }

    /** GET /rejections: records a sync refused, newest first. */
    @GET
    @Path("/rejections")
    @RolesAllowed(Roles.ADMIN)
    public List<SyncRejectionView> rejections(@QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("limit") @DefaultValue("50") int limit) {
        return sync.rejections(offset, limit);
    }

    /** POST /rejections/{id}/replay: applies a rejected record again as it was received. */
    @POST
    @Path("/rejections/{id}/replay")
    @RolesAllowed(Roles.ADMIN)
    public SyncResult replay(@PathParam("id") long id) {
        return sync.replay(id);
    }

    /** PUT /category-profiles/{category}: which requirement profile new vendors of that category get. */
    @PUT
    @Path("/category-profiles/{category}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    public void mapCategory(@PathParam("category") String category, CategoryMapping mapping) {
        if (mapping == null || mapping.requirementProfileId() == null) {
            throw new InvalidRequestException("the request body must be {\"requirementProfileId\": ...}");
        }
        sync.mapCategory(category, mapping.requirementProfileId());
    }

    /** PUT /webhooks/{sourceSystem}: where that source system's vendors' status changes are POSTed. */
    @PUT
    @Path("/webhooks/{sourceSystem}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    public void setWebhook(@PathParam("sourceSystem") String sourceSystem, WebhookTarget target) {
        if (target == null) {
            throw new InvalidRequestException("the request body must be {\"url\": ...}");
        }
        publishing.setWebhook(sourceSystem, target.url());
    }
}
