package org.euc.portal.review.service;

import jakarta.annotation.Resource;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.euc.portal.common.audit.domain.AuditAction;
import org.euc.portal.common.audit.service.AuditLog;
import org.euc.portal.common.config.PortalSettings;
import org.euc.portal.common.persistence.SchemaReady;
import org.euc.portal.common.schedule.ScheduledRuns;

/**
 * The clock behind {@link ReviewJobs}: runs them every {@code EUC_REVIEW_JOBS_INTERVAL_MINUTES}
 * (default: every hour, at five past), on a cluster on one node per interval
 * ({@link ScheduledRuns}). Each run is an audit event, so the log shows that the jobs ran, when,
 * where and what they did. (An EJB only for its timer; the work and its security live in the CDI
 * service.)
 */
@Singleton
public class DailyReviewJobs {

    private static final Logger LOG = Logger.getLogger(DailyReviewJobs.class.getName());
    private static final String JOB = "review-jobs";
    /** Runs start this many minutes into the interval: at five past the hour by default, clear of the hour's own work. */
    private static final int MINUTES_PAST = 5;

    @Resource
    TimerService timers;

    @Inject
    ReviewJobs jobs;

    @Inject
    ScheduledRuns runs;

    @Inject
    PortalSettings settings;

    @Inject
    AuditLog auditLog;

    public void start(@Observes SchemaReady ready) {
        long minutes = settings.reviewJobsInterval().toMinutes();
        ScheduleExpression schedule = new ScheduleExpression().hour("*").second("0")
                .minute(minutes == 60 ? Integer.toString(MINUTES_PAST) : (MINUTES_PAST % minutes) + "/" + minutes);
        timers.createCalendarTimer(schedule, new TimerConfig("review jobs", false));
        LOG.info(() -> "Review jobs every " + minutes + " minutes");
    }

    @Timeout
    void scheduled() {
        runs.once(JOB, settings.reviewJobsInterval(), period -> {
            ReviewJobs.Outcome outcome = jobs.run();
            auditLog.recordBySystem(AuditAction.REVIEW_JOBS_RUN, "JOB", JOB,
                    "Period from " + period + " on " + ScheduledRuns.THIS_NODE + ": " + outcome.summary());
            return outcome;
        }).filter(ReviewJobs.Outcome::changedAnything)
                .ifPresent(outcome -> LOG.info(() -> "Scheduled review jobs: " + outcome.summary()));
    }
}
