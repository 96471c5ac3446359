package org.euc.portal.review.service;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Logger;
import org.euc.portal.common.schedule.ScheduledRuns;

/**
 * The clock behind {@link ReviewJobs}: runs them every hour, on a cluster on one node per hour
 * ({@link ScheduledRuns}). (An EJB only for its timer; the work and its security live in the CDI
 * service.)
 */
@Singleton
public class DailyReviewJobs {

    private static final Logger LOG = Logger.getLogger(DailyReviewJobs.class.getName());

    @Inject
    ReviewJobs jobs;

    @Inject
    ScheduledRuns runs;

    @Schedule(hour = "*", minute = "5", persistent = false)
    void hourly() {
        runs.once("review-jobs", Duration.ofHours(1), jobs::run)
                .filter(outcome -> outcome.expired() + outcome.suspended() + outcome.flaggedForNotReporting() > 0)
                .ifPresent(outcome -> LOG.info(() -> "Scheduled review jobs: " + outcome.expired()
                        + " certificates expired, " + outcome.suspended() + " suspended after country delisting, "
                        + outcome.flaggedForNotReporting() + " flagged for not reporting"));
    }
}
