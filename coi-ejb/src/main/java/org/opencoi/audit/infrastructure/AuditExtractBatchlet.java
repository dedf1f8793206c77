package org.opencoi.audit.infrastructure;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.nio.file.Path;
import java.time.LocalDate;
import org.opencoi.audit.application.AuditExtract;

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
        Path file = extractDirectory().resolve("audit-extract-" + job.getExecutionId() + ".csv");
        long rows = extract.write(LocalDate.parse(from), LocalDate.parse(to), file);
        String outcome = "WROTE " + rows + " EVENTS TO " + file.getFileName();
        job.setExitStatus(outcome);
        return outcome;
    }

    static Path extractDirectory() {
        return Path.of(System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir")),
                "coi", "audit-extracts");
    }
}
