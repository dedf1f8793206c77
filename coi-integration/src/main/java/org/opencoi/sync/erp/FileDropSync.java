package org.opencoi.sync.erp;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jboss.ejb3.annotation.RunAsPrincipal;
import org.opencoi.shared.application.Roles;
import org.opencoi.shared.integration.CamelBootstrap;
import org.opencoi.sync.application.SyncResult;
import org.opencoi.sync.application.VendorRecord;
import org.opencoi.sync.application.VendorSyncService;

/**
 * Sends the rows of a dropped vendor file through the vendor-upsert route as the ERP's file drop
 * (principal {@value #PRINCIPAL}, role INTEGRATION): the file route runs on Camel's own threads, where
 * nobody is signed in, and the sync service only serves integration callers and admins. Rows go in
 * batches of one source system and at most {@link VendorSyncService#MAX_BATCH} records, in file order.
 */
@Stateless
@PermitAll
@RunAs(Roles.INTEGRATION)
@RunAsPrincipal(FileDropSync.PRINCIPAL)
// Each batch commits on its own, as it would had the ERP sent it over SOAP: a big file is not one huge
// transaction, and a file that fails half way can be dropped again, since applying a record twice changes nothing.
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class FileDropSync {

    public static final String PRINCIPAL = "erp-file-drop";

    @EJB
    CamelBootstrap camel;

    /** One result per row, in the rows' order. */
    public List<SyncResult> upsert(List<VendorCsv.Row> rows) {
        List<SyncResult> results = new ArrayList<>(rows.size());
        int start = 0;
        while (start < rows.size()) {
            int end = start;
            String source = rows.get(start).sourceSystem();
            List<VendorRecord> batch = new ArrayList<>();
            while (end < rows.size() && batch.size() < VendorSyncService.MAX_BATCH
                    && Objects.equals(rows.get(end).sourceSystem(), source)) {
                batch.add(rows.get(end).record());
                end++;
            }
            results.addAll(send(source, batch));
            start = end;
        }
        return results;
    }

    private List<SyncResult> send(String source, List<VendorRecord> batch) {
        if (source == null) {
            // No source system means no business key: the service could not even keep it as a dead letter.
            return batch.stream().map(r -> SyncResult.rejected(r.externalId(), "sourceSystem is required")).toList();
        }
        List<?> results = camel.request(VendorSyncRoute.UPSERT_URI, new VendorBatch(source, batch), List.class);
        return results.stream().map(SyncResult.class::cast).toList();
    }
}
