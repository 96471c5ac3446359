package org.euc.portal.review.service;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * The clock behind {@link ReviewJobs}: runs them every hour. (An EJB only for its timer; the
 * work and its security live in the CDI service.)
 */
@Singleton
public class DailyReviewJobs {

    private static final Logger LOG = Logger.getLogger(DailyReviewJobs.class.getName());

    @Inject
    ReviewJobs jobs;

    @Schedule(hour = "*", minute = "5", persistent = false)
    void hourly() {
        ReviewJobs.Outcome outcome = jobs.run();
        if (outcome.expired() + outcome.suspended() + outcome.flaggedForNotReporting() > 0) {
            LOG.info(() -> "Scheduled review jobs: " + outcome.expired() + " certificates expired, "
                    + outcome.suspended() + " suspended after country delisting, "
                    + outcome.flaggedForNotReporting() + " flagged for not reporting");
        }
    }
}
