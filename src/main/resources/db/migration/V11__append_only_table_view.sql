-- The append-only tables are those a refuse_history_rewrite trigger guards. One definition for
-- the grants given after every migration (db/grants/afterMigrate.sql) and for the portal's check at
-- start-up that its own account cannot rewrite them (DatabaseMigration).
CREATE VIEW append_only_table AS
SELECT DISTINCT c.oid AS table_oid, c.relname AS table_name, c.relowner AS owner_oid
FROM pg_trigger t
JOIN pg_class c ON c.oid = t.tgrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_proc p ON p.oid = t.tgfoid
WHERE p.proname = 'refuse_history_rewrite' AND n.nspname = 'public';
