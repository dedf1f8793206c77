package org.opencoi.shared.infrastructure;

import jakarta.batch.api.chunk.listener.AbstractChunkListener;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Keeps why a chunk failed as the exit status of its step (or of its partition), so that an admin looking at the
 * job's execution sees the cause, not only that it failed.
 */
@Named
@Dependent
public class StepFailureListener extends AbstractChunkListener {

    /** Exit statuses that name a failure start with this. */
    public static final String PREFIX = "FAILED: ";

    /** Room kept for the cause in the job repository's exit status column. */
    static final int MAX_LENGTH = 500;

    @Inject
    StepContext step;

    @Override
    public void onError(Exception e) {
        step.setExitStatus(exitStatus(e));
    }

    /** The exit status naming the innermost cause of the failure, cut to fit the job repository. */
    static String exitStatus(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? cause.getClass().getName()
                : cause.getClass().getSimpleName() + ": " + cause.getMessage().strip();
        String status = PREFIX + message.replaceAll("\\s+", " ");
        return status.length() <= MAX_LENGTH ? status : status.substring(0, MAX_LENGTH - 1) + "…";
    }
}
