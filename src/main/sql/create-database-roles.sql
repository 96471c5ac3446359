-- The EUC Portal's database and its two accounts on an external PostgreSQL (13 or later).
-- Run once as a superuser, choosing the passwords:
--
--   psql -h HOST -U postgres -v owner_password='...' -v portal_password='...' -f src/main/sql/create-database-roles.sql
--
-- then start the portal with
--   EUC_DB_URL=jdbc:postgresql://HOST:5432/euc
--   EUC_DB_OWNER_USER=euc        EUC_DB_OWNER_PASSWORD=<owner_password>    (runs the migrations)
--   EUC_DB_USER=euc_app          EUC_DB_PASSWORD=<portal_password>         (the portal at run time)
--
-- The owner owns the database, the schema and, through the migrations, every table, function and
-- trigger. The portal's account owns nothing: the migrations grant it, on every deployment, read and
-- write on the ordinary tables and only SELECT and INSERT on the append-only ones (audit log, ledger,
-- status history, case notes, stored documents), so it can neither rewrite history nor disable the
-- triggers that guard it. Neither account is a superuser or may create roles or databases.

CREATE ROLE euc LOGIN PASSWORD :'owner_password' NOSUPERUSER NOCREATEDB NOCREATEROLE;
CREATE ROLE euc_app LOGIN PASSWORD :'portal_password' NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT;
CREATE DATABASE euc OWNER euc ENCODING 'UTF8' TEMPLATE template0;

\connect euc
ALTER SCHEMA public OWNER TO euc;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
REVOKE TEMPORARY ON DATABASE euc FROM PUBLIC;
