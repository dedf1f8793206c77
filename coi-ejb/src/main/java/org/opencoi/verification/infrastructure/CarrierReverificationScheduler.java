package org.opencoi.verification.infrastructure;

import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import java.util.Properties;
import java.util.logging.Logger;

/** Starts the carrier re-verification job every night at 02:30 server time (not persistent: a missed night is not caught up). */
@Singleton
public class CarrierReverificationScheduler {

    private static final Logger LOG = Logger.getLogger(CarrierReverificationScheduler.class.getName());

    @Schedule(hour = "2", minute = "30", persistent = false)
    void nightly() {
        long execution = BatchRuntime.getJobOperator().start(CarrierReverificationJob.NAME, new Properties());
        LOG.info(() -> "Started " + CarrierReverificationJob.NAME + " as execution " + execution);
    }
}
