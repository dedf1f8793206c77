package org.opencoi.sync.erp;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.List;
import org.opencoi.shared.application.Roles;
import org.opencoi.shared.integration.CamelBootstrap;
import org.opencoi.sync.application.InboundVendorSync;
import org.opencoi.sync.application.SyncResult;
import org.opencoi.sync.application.VendorRecord;

/**
 * Sends batches that adapters outside this module translated (the REST API) into the vendor-upsert route,
 * as the caller: the same route the SOAP endpoint and the file drop use.
 */
@Stateless
@RolesAllowed({Roles.INTEGRATION, Roles.ADMIN})
// No transaction here: the route's service call is the batch's transaction, which the route applies
// again when it collided with another sync (see VendorSyncRoute).
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RoutedVendorSync implements InboundVendorSync {

    @EJB
    CamelBootstrap camel;

    @Override
    public List<SyncResult> upsert(String sourceSystem, List<VendorRecord> records) {
        List<?> results = camel.request(VendorSyncRoute.UPSERT_URI, new VendorBatch(sourceSystem, records), List.class);
        return results.stream().map(SyncResult.class::cast).toList();
    }
}
