-- Indexes (and one function body) for the pages at scale. Measured on 100,000 certificates and
-- 1,000,000 ledger entries (one ledger of 200,000). The numbers are in the performance report
-- (REPORT.md of the "speed and scale" work).

-- The importer's certificate list filters on the agency's id (CertificateQueries, no longer on its
-- code) and shows the newest first, ties broken by id. With id in the index a page is the next
-- 20 index entries and the count is an index-only scan, not a sort of all the agency's
-- certificates. The new index starts with the old one's columns, so the old one goes.
CREATE INDEX certificate_agency_updated_idx ON certificate (agency_id, updated_at DESC, id DESC);
DROP INDEX certificate_agency_idx;

-- The ledger browser narrowed to one certificate (LedgerQueries, the certificate found by a scalar
-- subquery): its newest entries come straight from the index instead of sorting the whole ledger,
-- which can hold 200,000 entries. Deliberately without id: with id the index covers
-- (id, certificate_id), and the planner then prefers an index-only scan of all 1,000,000 entries
-- for the "flagged only" filter (measured on its capped count: 373 ms with id in the index, 126 ms without).
CREATE INDEX ledger_entry_certificate_recorded_idx ON ledger_entry (certificate_id, recorded_at DESC);

-- The dashboard's review times (ReviewStatistics) read each certificate's submissions and decisions
-- in order with a window function: an index-only scan of this partial index instead of the whole
-- status history with its rationales.
CREATE INDEX status_change_review_time_idx ON status_change (certificate_id, changed_at)
    INCLUDE (to_status, from_status)
    WHERE to_status IN ('SUBMITTED', 'APPROVED', 'REJECTED', 'CHANGES_REQUESTED');

-- Working days from one day (excluded) to another (included), Saturdays and Sundays aside, as
-- before (V13), now worked out instead of counted day by day, so that PostgreSQL can inline it
-- into the query: counted over generate_series, it cost about 20 microseconds a call, 2 s for the
-- dashboard's 100,000 decisions. W(d) counts the working days from Sunday 2000-01-02 (excluded) to d,
-- floor division keeps it right before that day too; the result is W(to) - W(from), or 0 when to
-- comes before from. Only strict operators (no CASE, GREATEST or LEAST), so the function stays
-- STRICT and can still be inlined. Same results as V13's version on every pair of days tried
-- (666,512 consecutive pairs from 1999 to 2031, and 20,000 random ones from 1700 to 2110).
CREATE OR REPLACE FUNCTION working_days_between(from_day DATE, to_day DATE) RETURNS INTEGER
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT ((5 * (((to_day - DATE '2000-01-02') - (((to_day - DATE '2000-01-02') % 7 + 7) % 7)) / 7)
               + (((to_day - DATE '2000-01-02') % 7 + 7) % 7) - (((to_day - DATE '2000-01-02') % 7 + 7) % 7) / 6)
          - (5 * (((from_day - DATE '2000-01-02') - (((from_day - DATE '2000-01-02') % 7 + 7) % 7)) / 7)
               + (((from_day - DATE '2000-01-02') % 7 + 7) % 7) - (((from_day - DATE '2000-01-02') % 7 + 7) % 7) / 6)
          + abs((5 * (((to_day - DATE '2000-01-02') - (((to_day - DATE '2000-01-02') % 7 + 7) % 7)) / 7)
               + (((to_day - DATE '2000-01-02') % 7 + 7) % 7) - (((to_day - DATE '2000-01-02') % 7 + 7) % 7) / 6)
          - (5 * (((from_day - DATE '2000-01-02') - (((from_day - DATE '2000-01-02') % 7 + 7) % 7)) / 7)
               + (((from_day - DATE '2000-01-02') % 7 + 7) % 7) - (((from_day - DATE '2000-01-02') % 7 + 7) % 7) / 6))) / 2
$$;
