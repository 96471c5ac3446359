-- Flyway runs this after every migration, as the schema's owner, also when nothing was migrated:
-- the portal's runtime account (${runtime_role}) gets what the portal needs and nothing more, on
-- every table that exists now. It owns nothing, so it can neither alter a table nor disable a
-- trigger. On the append-only tables (the view append_only_table) it may only read and insert,
-- so the database refuses a rewrite of history before any trigger runs.
DO $grants$
DECLARE
    runtime_role CONSTANT text := '${runtime_role}';
    append_only record;
BEGIN
    IF runtime_role = current_user THEN
        RETURN; -- one account for both: the portal refuses to start (DatabaseMigration)
    END IF;
    EXECUTE format('GRANT USAGE ON SCHEMA public TO %I', runtime_role);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %I', runtime_role);
    EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO %I', runtime_role);
    EXECUTE format('REVOKE ALL ON TABLE flyway_schema_history FROM %I', runtime_role);
    FOR append_only IN SELECT table_name FROM append_only_table LOOP
        EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON TABLE %I FROM %I',
                       append_only.table_name, runtime_role);
    END LOOP;
    -- nobody but the owner creates objects (PostgreSQL 15 and later already refuse CREATE to PUBLIC)
    REVOKE CREATE ON SCHEMA public FROM PUBLIC;
    EXECUTE format('REVOKE TEMPORARY ON DATABASE %I FROM PUBLIC', current_database());
END
$grants$;
