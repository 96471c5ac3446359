package org.euc.portal.common.checkpoint;

import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.euc.portal.common.config.PortalSettings;
import org.euc.portal.common.persistence.SchemaReady;
import org.euc.portal.common.schedule.ScheduledRuns;

/**
 * The clock behind {@link ChainCheckpoints}: records a checkpoint every
 * {@code EUC_CHECKPOINT_INTERVAL_MINUTES} (default 60), starting once the schema is ready; on a
 * cluster, one node per interval ({@link ScheduledRuns}). (An EJB only for its timer; the work
 * lives in the CDI service.)
 */
@Singleton
public class CheckpointSchedule {

    private static final Logger LOG = Logger.getLogger(CheckpointSchedule.class.getName());

    @Resource
    TimerService timers;

    @Inject
    ChainCheckpoints checkpoints;

    @Inject
    PortalSettings settings;

    @Inject
    ScheduledRuns runs;

    public void start(@Observes SchemaReady ready) {
        Duration interval = settings.checkpointInterval();
        timers.createIntervalTimer(interval.toMillis(), interval.toMillis(), new TimerConfig("chain checkpoints", false));
        LOG.info(() -> "Chain checkpoints every " + interval.toMinutes() + " minutes");
    }

    @Timeout
    void checkpoint() {
        try {
            runs.once("chain-checkpoints", settings.checkpointInterval(), period -> checkpoints.recordScheduled()
                    .map(checkpoint -> "checkpoint " + checkpoint.sequence()).orElse("no chain grew"));
        } catch (RuntimeException e) {
            // the next run tries again; a missed checkpoint only widens the window it covers
            LOG.log(Level.WARNING, "Scheduled checkpoint failed: " + e.getMessage(), e);
        }
    }
}
