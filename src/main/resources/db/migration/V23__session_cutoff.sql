-- Ending a user's portal sessions on every node at once (disabling the user): one row per user,
-- moved on each time. Every node compares the row with what each session saw when it started
-- (common.security.EndedSessions); only the latest end counts, so the table holds one row per
-- user whose sessions were ever ended.
CREATE TABLE session_cutoff (
    username  VARCHAR(100) PRIMARY KEY,
    ended_at  TIMESTAMPTZ  NOT NULL
);
