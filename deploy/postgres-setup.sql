-- Trygga lov on an external PostgreSQL (15 or newer; tested with 15 and 17): run once as a superuser, e.g.
--   psql -v owner_password="'...'" -v app_password="'...'" -f deploy/postgres-setup.sql
-- Two roles: trygga_owner owns the schema and is used by Flyway only (it creates and changes tables at start-up);
-- trygga_app is what the running app signs in as: it reads and writes rows and can do nothing else (no DDL, no
-- superuser, no other database). The app's pool uses trygga_app (SPRING_DATASOURCE_USERNAME), Flyway uses
-- trygga_owner (SPRING_FLYWAY_USER).
create role trygga_owner login password :owner_password;
create role trygga_app login nosuperuser nocreatedb nocreaterole noreplication nobypassrls password :app_password;
create database trygga owner trygga_owner encoding 'UTF8' template template0;
revoke all on database trygga from public;
grant connect on database trygga to trygga_app;
\connect trygga
-- the schema belongs to the owner (PostgreSQL 15+ gives "public" to the database owner; older servers need this)
alter schema public owner to trygga_owner;
revoke create on schema public from public;
-- the exclusion constraints need btree_gist (a trusted extension: the owner could create it too, Flyway's V2 tries)
create extension if not exists btree_gist;
grant usage on schema public to trygga_app;
-- every table and sequence the owner makes from now on (each Flyway migration) is readable and writable by the app
alter default privileges for role trygga_owner in schema public
    grant select, insert, update, delete on tables to trygga_app;
alter default privileges for role trygga_owner in schema public
    grant usage, select on sequences to trygga_app;
