package org.opencoi.audit.infrastructure;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import org.opencoi.audit.application.AuditExtract;
import org.opencoi.audit.application.AuditExtractView;

/** The step of the audit-extract job: writes the extract of its date range under the server's data directory. */
@Named
@Dependent
public class AuditExtractBatchlet extends AbstractBatchlet {

    @Inject
    JobContext job;

    @Inject
    @BatchProperty
    String from;

    @Inject
    @BatchProperty
    String to;

    @Inject
    AuditExtract extract;

    @Override
    public String process() {
        AuditExtractView written = extract.write(job.getExecutionId(), LocalDate.parse(from), LocalDate.parse(to));
        String outcome = "WROTE " + written.events() + " EVENTS, CSV SHA-256 " + written.csvSha256();
        job.setExitStatus(outcome);
        return outcome;
    }
}
