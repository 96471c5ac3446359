-- Working days from one day (excluded) to another (included), Saturdays and Sundays aside: the
-- measure of the ministry's 20-working-day review target (ReviewTarget.workingDaysBetween), here
-- so that the dashboard's review times are computed in the database in the same unit.
CREATE FUNCTION working_days_between(from_day DATE, to_day DATE) RETURNS INTEGER
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT count(*)::INTEGER
    FROM generate_series(from_day + 1, to_day, INTERVAL '1 day') AS day
    WHERE extract(ISODOW FROM day) < 6
$$;
