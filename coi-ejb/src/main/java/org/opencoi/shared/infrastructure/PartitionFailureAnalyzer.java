package org.opencoi.shared.infrastructure;

import jakarta.batch.api.partition.AbstractPartitionAnalyzer;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Gives a partitioned step the cause its first failed partition recorded (see {@link StepFailureListener}). */
@Named
@Dependent
public class PartitionFailureAnalyzer extends AbstractPartitionAnalyzer {

    @Inject
    StepContext step;

    @Override
    public void analyzeStatus(BatchStatus status, String exitStatus) {
        boolean causeKnown = step.getExitStatus() != null && step.getExitStatus().startsWith(StepFailureListener.PREFIX);
        if (status == BatchStatus.FAILED && exitStatus != null && exitStatus.startsWith(StepFailureListener.PREFIX)
                && !causeKnown) {
            step.setExitStatus(exitStatus);
        }
    }
}
