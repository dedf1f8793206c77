package org.opencoi.shared.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobExecutionNotMostRecentException;
import jakarta.batch.operations.JobExecutionNotRunningException;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.JobRestartException;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

/**
 * Starts, stops and restarts OpenCOI's batch jobs and reports on their executions; the contexts describe their jobs as
 * {@link BatchJob} beans.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BatchJobService {

    @Inject
    Instance<BatchJob> jobs;

    @Inject
    Clock clock;

    /** The names of the jobs that may be started from outside. */
    public List<String> jobNames() {
        return jobs.stream().map(BatchJob::name).sorted().toList();
    }

    /**
     * Starts a job with the parameters its {@link BatchJob} takes. The nightly-compliance job, for one, decides as of
     * today unless an {@code asOf} day is given, in {@code partitions} partitions on {@code threads} threads,
     * {@code chunkSize} vendors per transaction.
     */
    public JobExecutionView start(String jobName, Map<String, String> parameters) {
        BatchJob job = job(jobName);
        Set<String> needed = job.days();
        Properties properties = new Properties();
        for (String name : needed) {
            properties.setProperty(name, date(name, parameters.get(name)));
        }
        if (needed.contains("to") && properties.getProperty("to").compareTo(properties.getProperty("from")) < 0) {
            throw new InvalidRequestException("the range ends (to) before it starts (from)");
        }
        for (String name : job.wholeNumbers()) {
            String value = parameters.get(name);
            if (value != null) {
                try {
                    if (Integer.parseInt(value) < 1) {
                        throw new NumberFormatException();
                    }
                } catch (NumberFormatException e) {
                    throw new InvalidRequestException(name + " must be a whole number of at least 1, not " + value);
                }
                properties.setProperty(name, value);
            }
        }
        for (String name : job.daysDefaultingToToday()) {
            String day = parameters.get(name);
            properties.setProperty(name, day == null ? LocalDate.now(clock).toString() : date(name, day));
        }
        return execution(operator().start(jobName, properties));
    }

    /** Asks a running execution to stop; it stops at its next checkpoint and can be restarted. */
    public JobExecutionView stop(long executionId) {
        try {
            operator().stop(executionId);
        } catch (NoSuchJobExecutionException e) {
            throw new NotFoundException("no job execution " + executionId);
        } catch (JobExecutionNotRunningException e) {
            throw new InvalidRequestException("job execution " + executionId + " is not running");
        }
        return execution(executionId);
    }

    /**
     * Restarts a stopped or failed execution, or one left STARTED by a server that died, from its last checkpoints;
     * answers the new execution.
     */
    public JobExecutionView restart(long executionId) {
        Properties restart = new Properties();
        // JBeret's "detect" mode restarts an execution left STARTED only when no thread of this server runs it.
        restart.setProperty("jberet.restart.mode", "detect");
        try {
            return execution(operator().restart(executionId, restart));
        } catch (NoSuchJobExecutionException e) {
            throw new NotFoundException("no job execution " + executionId);
        } catch (JobExecutionNotMostRecentException | JobRestartException e) {
            throw new InvalidRequestException("job execution " + executionId + " cannot be restarted: " + e.getMessage());
        }
    }

    /** The job's executions, newest first. */
    public List<JobExecutionView> executions(String jobName, int limit) {
        job(jobName);
        PageBounds.require(0, limit);
        JobOperator operator = operator();
        List<Long> ids = new ArrayList<>();
        try {
            int instances = operator.getJobInstanceCount(jobName);
            for (JobInstance instance : operator.getJobInstances(jobName, 0, Math.min(instances, limit))) {
                operator.getJobExecutions(instance).forEach(e -> ids.add(e.getExecutionId()));
            }
        } catch (NoSuchJobException e) {
            return List.of();
        }
        return ids.stream().sorted(Comparator.reverseOrder()).limit(limit).map(this::execution).toList();
    }

    public JobExecutionView execution(long executionId) {
        JobOperator operator = operator();
        try {
            JobExecution e = operator.getJobExecution(executionId);
            Map<String, Long> counts = new TreeMap<>();
            List<String> errors = new ArrayList<>();
            for (StepExecution step : operator.getStepExecutions(executionId)) {
                for (Metric metric : step.getMetrics()) {
                    counts.merge(metric.getType().name(), metric.getValue(), Long::sum);
                }
                if (step.getBatchStatus() == BatchStatus.FAILED || step.getBatchStatus() == BatchStatus.STOPPED) {
                    // The exit status names the cause where a failure listener recorded it ("FAILED: ...").
                    String status = step.getBatchStatus().name();
                    String exit = step.getExitStatus();
                    errors.add(step.getStepName() + ": "
                            + (exit != null && exit.startsWith(status) ? exit : status + (exit == null ? "" : " " + exit)));
                }
            }
            Map<String, String> parameters = new LinkedHashMap<>();
            Properties given = e.getJobParameters();
            if (given != null) {
                given.stringPropertyNames().stream().sorted().forEach(n -> parameters.put(n, given.getProperty(n)));
            }
            jobs.stream().filter(job -> job.name().equals(e.getJobName())).findFirst()
                    .ifPresent(job -> counts.putAll(job.counts(parameters)));
            return new JobExecutionView(e.getExecutionId(), e.getJobName(), e.getBatchStatus().name(),
                    e.getExitStatus(), instant(e.getStartTime()), instant(e.getEndTime()), parameters, counts, errors);
        } catch (NoSuchJobExecutionException e) {
            throw new NotFoundException("no job execution " + executionId);
        }
    }

    private BatchJob job(String name) {
        return jobs.stream().filter(job -> job.name().equals(name)).findFirst()
                .orElseThrow(() -> new NotFoundException("no job named " + name));
    }

    private static String date(String name, String value) {
        if (value == null) {
            throw new InvalidRequestException("this job needs the parameter " + name);
        }
        try {
            return LocalDate.parse(value).toString();
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(name + " must be a date as YYYY-MM-DD, not " + value);
        }
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
