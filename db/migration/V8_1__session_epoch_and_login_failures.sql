-- Issue #22, finding 4: disabling or anonymising an account ends its sessions on every node. Each request of a
-- signed-in session compares the epoch it started with to this one; changing it ends the session.
alter table app_user add column session_epoch int not null default 0;

-- Issue #22, finding 8: failed sign-ins counted per name, whether an account has that name or not, so that the
-- answers (and their survival across restarts and nodes) do not tell which accounts exist. The name is kept only
-- as a hash of its normalised form. Counts older than a day start again from one; old rows are deleted.
create table login_failure (
    name_hash       text primary key check (name_hash ~ '^[0-9a-f]{64}$'),
    failures        int not null check (failures > 0),
    locked_until    timestamptz,
    last_failure_at timestamptz not null
);
create index login_failure_last_failure_at on login_failure (last_failure_at);
