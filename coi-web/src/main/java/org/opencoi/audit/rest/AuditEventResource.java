package org.opencoi.audit.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.opencoi.audit.application.AuditChainReport;
import org.opencoi.audit.application.AuditChainVerification;
import org.opencoi.audit.application.AuditEventView;
import org.opencoi.audit.application.AuditTrail;
import org.opencoi.shared.application.InvalidRequestException;
import org.opencoi.shared.application.Roles;

/** The audit trail of one record: /coi/api/v1/audit-events?recordType=Vendor&amp;recordId=42; admins only. */
@Path("/v1/audit-events")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class AuditEventResource {

    @Inject
    AuditTrail audit;

    @Inject
    AuditChainVerification chain;

    /** GET /v1/audit-events/verification: walks the hash chain and reports the first broken link, if any. */
    @GET
    @Path("/verification")
    public AuditChainReport verifyChain() {
        return chain.verify();
    }

    @GET
    public List<AuditEventView> ofRecord(@QueryParam("recordType") String recordType,
            @QueryParam("recordId") String recordId) {
        if (recordType == null || recordType.isBlank() || recordId == null || recordId.isBlank()) {
            throw new InvalidRequestException("name the record with recordType and recordId");
        }
        return audit.ofRecord(recordType, recordId);
    }
}
