-- One row per run of a scheduled job and period, written by the node that runs it. Every node of a
-- cluster keeps the same timers; the primary key lets exactly one of them claim each period, and a
-- node that restarts within a period finds it claimed (common.schedule.ScheduledRuns).
CREATE TABLE scheduled_run (
    job           VARCHAR(60)  NOT NULL,
    period_start  TIMESTAMPTZ  NOT NULL,
    node          VARCHAR(100) NOT NULL,
    claimed_at    TIMESTAMPTZ  NOT NULL,
    finished_at   TIMESTAMPTZ,
    outcome       TEXT,
    PRIMARY KEY (job, period_start)
);
