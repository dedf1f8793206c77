package org.opencoi.compliance.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.ejb3.annotation.RunAsPrincipal;
import org.opencoi.shared.application.BatchJobService;
import org.opencoi.shared.application.Roles;

/**
 * Starts the nightly-compliance job on the calendar {@value #SCHEDULE_SETTING} (a setting, see the README): five
 * fields, minute hour day-of-month month day-of-week, in EJB calendar syntax, UTC; default {@value #DEFAULT_SCHEDULE}
 * (02:00 every day); {@code off} starts nothing.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@RunAs(Roles.ADMIN)
@RunAsPrincipal(NightlyComplianceScheduler.PRINCIPAL)
public class NightlyComplianceScheduler {

    public static final String PRINCIPAL = "nightly-scheduler";
    public static final String SCHEDULE_SETTING = "COI_NIGHTLY_SCHEDULE";
    public static final String DEFAULT_SCHEDULE = "0 2 * * *";
    private static final Logger LOG = Logger.getLogger(NightlyComplianceScheduler.class.getName());

    @Resource
    TimerService timers;

    @Inject
    BatchJobService jobs;

    @Inject
    @ConfigProperty(name = SCHEDULE_SETTING, defaultValue = DEFAULT_SCHEDULE)
    String configuredSchedule;

    @PostConstruct
    void schedule() {
        String schedule = configuredSchedule.strip();
        if (schedule.equalsIgnoreCase("off")) {
            LOG.info("the nightly-compliance job is not scheduled (" + SCHEDULE_SETTING + "=off)");
            return;
        }
        timers.createCalendarTimer(expression(schedule), new TimerConfig("nightly-compliance", false));
    }

    /** The calendar of a five-field schedule, e.g. "0 2 * * *" or "30 1 * * Mon-Fri". */
    static ScheduleExpression expression(String schedule) {
        String[] fields = schedule.strip().split("\\s+");
        if (fields.length != 5) {
            throw new IllegalArgumentException(SCHEDULE_SETTING + " needs five fields (minute hour day-of-month month"
                    + " day-of-week), not: " + schedule);
        }
        return new ScheduleExpression().second("0").minute(fields[0]).hour(fields[1]).dayOfMonth(fields[2])
                .month(fields[3]).dayOfWeek(fields[4]).timezone("UTC");
    }

    @Timeout
    void startNightlyRun() {
        LOG.info("starting the nightly-compliance job: execution " + jobs.start(NightlyComplianceJob.NAME, Map.of()).id());
    }
}
