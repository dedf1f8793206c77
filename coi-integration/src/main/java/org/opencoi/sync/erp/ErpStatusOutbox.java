package org.opencoi.sync.erp;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.util.List;
import org.jboss.ejb3.annotation.RunAsPrincipal;
import org.opencoi.shared.application.Roles;
import org.opencoi.sync.application.PendingStatus;
import org.opencoi.sync.application.StatusPublishingService;

/**
 * The outbox as the status publishing route reaches it: the route runs on Camel's timer thread, where
 * nobody is signed in, so this bean calls the publishing service as {@value #PRINCIPAL} (role INTEGRATION).
 * Each call is its own transaction, so that one delivery's outcome is kept whatever happens to the next.
 */
@Stateless
@PermitAll
@RunAs(Roles.INTEGRATION)
@RunAsPrincipal(ErpStatusOutbox.PRINCIPAL)
public class ErpStatusOutbox implements StatusOutbox {

    public static final String PRINCIPAL = "erp-status-publisher";

    @EJB
    StatusPublishingService publishing;

    @Override
    public List<PendingStatus> due(int limit) {
        return publishing.due(limit);
    }

    @Override
    public void delivered(long id) {
        publishing.delivered(id);
    }

    @Override
    public void failed(long id, String error) {
        publishing.failed(id, error);
    }
}
