package org.opencoi.certificate.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.Reader;
import java.util.List;
import java.util.Map;
import org.opencoi.certificate.application.InsurerService;
import org.opencoi.certificate.application.InsurerView;
import org.opencoi.shared.application.Roles;

/** The insurer table: /coi/api/v1/insurers; loaded from CSV by admins. */
@Path("/v1/insurers")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.REVIEWER, Roles.VIEWER, Roles.INTEGRATION})
public class InsurerResource {

    @Inject
    InsurerService insurers;

    @GET
    public List<InsurerView> list() {
        return insurers.list();
    }

    /** text/csv with the header naic_code,name,am_best_rating,financial_size_category,admitted. */
    @POST
    @Consumes("text/csv")
    @RolesAllowed(Roles.ADMIN)
    public Map<String, Integer> importCsv(Reader csv) {
        return Map.of("imported", insurers.importCsv(csv));
    }
}
