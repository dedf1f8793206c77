package org.opencoi.verification.infrastructure;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.opencoi.shared.domain.NaicCode;

/** One partition of the carrier re-verification job: queues one carrier's policies that are due a recheck. */
@Named
@Dependent
public class CarrierRecheckBatchlet extends AbstractBatchlet {

    @Inject
    StepContext step;

    @Inject
    @BatchProperty
    String naicCode;

    @Inject
    @BatchProperty
    String windowDays;

    @Inject
    CarrierRecheck recheck;

    @Override
    public String process() {
        if (naicCode == null || naicCode.isEmpty()) {
            return "NO CARRIER";
        }
        int queued = recheck.queue(NaicCode.of(naicCode), Integer.parseInt(windowDays));
        String outcome = "QUEUED " + queued + " POLICIES OF " + naicCode;
        step.setExitStatus(outcome);
        return outcome;
    }
}
