package org.opencoi.compliance.infrastructure;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import org.opencoi.compliance.application.NightlyComplianceService;

/** Decides a chunk of vendors as of the job's day, in the chunk's transaction. */
@Named
@Dependent
public class NightlyComplianceWriter extends AbstractItemWriter {

    @Inject
    @BatchProperty
    String asOf;

    @Inject
    NightlyComplianceService nightly;

    @Override
    public void writeItems(List<Object> items) {
        nightly.decide(items.stream().map(Long.class::cast).toList(), LocalDate.parse(asOf));
    }
}
