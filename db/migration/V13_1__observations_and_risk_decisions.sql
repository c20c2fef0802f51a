-- Follow-up (issue #18). Observations are about places and categories, never named people: what partners report
-- on the phone form or deliver as a CSV file (the police, the housing company). The walk logs' counts stay in the
-- roster's walk_log_count (one owner per table); follow-up reads them through the walk-log service and shows both.
create table observation (
    id              bigint generated always as identity primary key,
    district_id     bigint      not null references district (id),
    venue_id        bigint references venue (id) on delete set null,
    category        text        not null check (category in ('DAMAGE', 'GRAFFITI', 'BROKEN_GLASS', 'FIRE',
                                    'LITTERING', 'UNSAFE_PLACE', 'YOUTH_GATHERING', 'MOPEDS', 'DRUGS',
                                    'DISTURBANCE', 'OTHER')),
    observed_at     timestamptz not null,
    count           int         not null check (count between 1 and 10000),
    note            text check (note is null or length(note) <= 500),
    source          text        not null check (source in ('PARTNER', 'IMPORT')),
    -- an imported row's natural key (district, place, category, time, count, note) hashed: the same file twice
    -- changes nothing
    import_key      text unique,
    reported_by     bigint references app_user (id) on delete set null,
    organisation_id bigint references organisation (id) on delete set null,
    reported_at     timestamptz not null
);
create index observation_time_idx on observation (observed_at);

-- The coordinator's answer to a suggestion from the weekly picture to raise an evening's risk level. Accepting
-- makes a key date in the calendar (the calendar owns it; its id is kept to show which one).
create table risk_decision (
    day              date        primary key,
    raised_to        int         not null check (raised_to between 1 and 5),
    accepted         boolean     not null,
    calendar_item_id bigint,
    decided_by       bigint references app_user (id) on delete set null,
    decided_at       timestamptz not null
);
