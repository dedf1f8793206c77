package org.opencoi.shared.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.opencoi.shared.application.BatchJobService;
import org.opencoi.shared.application.InvalidRequestException;
import org.opencoi.shared.application.JobExecutionView;
import org.opencoi.shared.application.NotFoundException;

/**
 * The batch jobs screen: start each job, follow its recent executions (state, times, counts, errors) as they
 * run, stop a running one and restart one that stopped or failed. Admins only; the job service checks again.
 */
@Named
@ViewScoped
public class BatchJobs implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The most executions shown per job, newest first. */
    static final int RECENT = 10;

    private static final Set<String> RUNNING = Set.of("STARTING", "STARTED");
    private static final Set<String> RESTARTABLE = Set.of("STOPPED", "FAILED");

    @Inject
    transient BatchJobService jobs;

    private LocalDate extractFrom;
    private LocalDate extractTo;
    private Map<String, List<JobExecutionView>> executions;

    @PostConstruct
    void init() {
        refresh();
    }

    /** Reads each job's recent executions again. */
    public void refresh() {
        Map<String, List<JobExecutionView>> recent = new LinkedHashMap<>();
        for (String job : jobs.jobNames()) {
            recent.put(job, jobs.executions(job, RECENT));
        }
        executions = recent;
    }

    /** Starts a job; the audit extract covers the days entered, which the other jobs do not take. */
    public void start(String job) {
        Map<String, String> parameters = new HashMap<>();
        if (extractFrom != null) {
            parameters.put("from", extractFrom.toString());
        }
        if (extractTo != null) {
            parameters.put("to", extractTo.toString());
        }
        act(job, () -> "Started " + job + ": execution " + jobs.start(job, parameters).id() + ".");
    }

    /** Asks a running execution to stop at its next checkpoint. */
    public void stop(JobExecutionView execution) {
        act(execution.jobName(), () -> "Asked execution " + jobs.stop(execution.id()).id() + " to stop.");
    }

    /** Restarts a stopped or failed execution from its checkpoints. */
    public void restart(JobExecutionView execution) {
        act(execution.jobName(), () -> "Restarted execution " + execution.id() + " as execution "
                + jobs.restart(execution.id()).id() + ".");
    }

    private void act(String job, Supplier<String> action) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, action.get(), null));
        } catch (InvalidRequestException | NotFoundException e) {
            faces.addMessage(job + ":start", new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
        } catch (EJBAccessException e) {
            faces.addMessage(job + ":start", new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    "only an admin may control batch jobs", null));
        }
        refresh();
    }

    public boolean running(JobExecutionView execution) {
        return RUNNING.contains(execution.status());
    }

    public boolean restartable(JobExecutionView execution) {
        return RESTARTABLE.contains(execution.status());
    }

    public List<JobExecutionView> executions(String job) {
        return executions.get(job);
    }

    public LocalDate getExtractFrom() {
        return extractFrom;
    }

    public void setExtractFrom(LocalDate extractFrom) {
        this.extractFrom = extractFrom;
    }

    public LocalDate getExtractTo() {
        return extractTo;
    }

    public void setExtractTo(LocalDate extractTo) {
        this.extractTo = extractTo;
    }
}
