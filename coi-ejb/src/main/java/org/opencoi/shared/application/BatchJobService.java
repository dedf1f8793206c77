package org.opencoi.shared.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/** Starts OpenCOI's batch jobs on demand and reports on their executions. */
@Stateless
@RolesAllowed(Roles.ADMIN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BatchJobService {

    /** The jobs that may be started from outside, with the date parameters each needs. */
    private static final Map<String, Set<String>> JOBS = Map.of("audit-extract", Set.of("from", "to"),
            "carrier-reverification", Set.of());

    public JobExecutionView start(String jobName, Map<String, String> parameters) {
        Set<String> needed = JOBS.get(jobName);
        if (needed == null) {
            throw new NotFoundException("no job named " + jobName);
        }
        Properties properties = new Properties();
        for (String name : needed) {
            String value = parameters.get(name);
            if (value == null) {
                throw new InvalidRequestException("job " + jobName + " needs the parameter " + name);
            }
            try {
                LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw new InvalidRequestException(name + " must be a date as YYYY-MM-DD, not " + value);
            }
            properties.setProperty(name, value);
        }
        return execution(operator().start(jobName, properties));
    }

    public JobExecutionView execution(long executionId) {
        try {
            JobExecution e = operator().getJobExecution(executionId);
            return new JobExecutionView(e.getExecutionId(), e.getJobName(), e.getBatchStatus().name(),
                    e.getExitStatus(), instant(e.getStartTime()), instant(e.getEndTime()));
        } catch (NoSuchJobExecutionException e) {
            throw new NotFoundException("no job execution " + executionId);
        }
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
