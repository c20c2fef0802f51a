-- Activities (insatser), their shifts (pass), the coverage rules that generate them from the risk calendar,
-- and the rosters: who is assigned to which shift, and the solver's jobs.
--
-- Shift model: ONE SHIFT IS ONE GROUP. Three night-walking groups in Alby on Valborg are three shifts of the
-- same activity with group_no 1, 2 and 3. The solver fills seats of groups, the board counts shifts, and a
-- group that cannot reach its minimum simply stays empty without touching the others.

create table coverage_rule (
    id                bigint generated always as identity primary key,
    name              text     not null check (length(trim(name)) between 1 and 150),
    activity_type     text     not null check (activity_type in
                          ('NIGHT_WALK', 'YOUTH_CENTRE_OPENING', 'OUTREACH', 'PATROL', 'EVENT', 'SPORTS', 'OTHER')),
    purpose           text     not null check (purpose in ('PREVENTIVE', 'PROMOTING')),
    organisation_id   bigint references organisation (id) on delete set null, -- responsible organisation
    min_risk          smallint not null default 1 check (min_risk between 0 and 5),
    weekdays          smallint[] not null default '{}', -- ISO weekdays; empty = every day
    in_breaks_only    boolean  not null default false,
    -- where: every district, the districts with a HOT_SPOT venue, or the listed ones (coverage_rule_district);
    -- PER_VENUE_OF_KIND makes one activity per venue of venue_kind (youth centres open late)
    district_scope    text     not null default 'ALL' check (district_scope in ('ALL', 'HOT_SPOTS', 'LISTED', 'VENUES')),
    venue_kind        text check (venue_kind in ('YOUTH_CENTRE', 'GATHERING_POINT', 'HOT_SPOT')),
    -- how many groups per district and evening: fixed, or null = from the risk table (CoverageDefaults)
    groups_per_place  smallint check (groups_per_place between 1 and 20),
    starts_at         time     not null,
    ends_at           time     not null, -- not after starts_at means the next morning: 21:00-01:00
    late_from_risk    smallint check (late_from_risk between 1 and 5), -- on evenings with at least this risk ...
    late_ends_at      time,                                            -- ... the shift ends later
    min_size          smallint not null check (min_size between 1 and 50),
    people_needed     smallint not null check (people_needed between 1 and 50),
    max_size          smallint not null check (max_size between 1 and 50),
    lead_required     boolean  not null default false,
    adults_only       boolean  not null default true,
    qualifications    text[]   not null default '{}', -- QualificationKind names
    staffing          text     not null default 'PEOPLE' check (staffing in ('PEOPLE', 'ORGANISATION')),
    active            boolean  not null default true,
    sort_order        int      not null default 0,
    version           int      not null default 0,
    created_at        timestamptz not null default now(),
    check (min_size <= people_needed and people_needed <= max_size),
    check ((late_from_risk is null) = (late_ends_at is null)),
    check (district_scope <> 'VENUES' or venue_kind is not null)
);

create table coverage_rule_district (
    rule_id     bigint not null references coverage_rule (id) on delete cascade,
    district_id bigint not null references district (id) on delete cascade,
    primary key (rule_id, district_id)
);

create table activity (
    id                bigint generated always as identity primary key,
    school_year_id    bigint   not null references school_year (id) on delete cascade,
    calendar_item_id  bigint references calendar_item (id) on delete set null, -- the break or key date it belongs to
    activity_type     text     not null check (activity_type in
                          ('NIGHT_WALK', 'YOUTH_CENTRE_OPENING', 'OUTREACH', 'PATROL', 'EVENT', 'SPORTS', 'OTHER')),
    purpose           text     not null check (purpose in ('PREVENTIVE', 'PROMOTING')),
    title             text     not null check (length(trim(title)) between 1 and 150),
    organisation_id   bigint references organisation (id) on delete set null,
    district_id       bigint   not null references district (id),
    venue_id          bigint references venue (id) on delete set null,
    meeting_point     text check (meeting_point is null or length(meeting_point) <= 200),
    description       text check (description is null or length(description) <= 2000),
    plan_measure      text check (plan_measure is null or length(plan_measure) <= 300), -- the action plan's measure
    rule_id           bigint references coverage_rule (id) on delete set null,
    rule_key          text, -- rule, district, venue and period: regenerating finds its activity again
    version           int      not null default 0,
    created_at        timestamptz not null default now(),
    updated_at        timestamptz not null default now(),
    unique (school_year_id, rule_key)
);
create index activity_year_idx on activity (school_year_id, district_id);

create table shift (
    id                bigint generated always as identity primary key,
    activity_id       bigint   not null references activity (id) on delete cascade,
    day               date     not null, -- the evening the shift belongs to (the date it starts on)
    starts_at         time     not null,
    ends_at           time     not null, -- not after starts_at: the next morning
    start_ts          timestamp generated always as (day + starts_at) stored,
    end_ts            timestamp generated always as
                          (day + ends_at + case when ends_at <= starts_at then interval '1 day' else interval '0' end) stored,
    group_no          smallint not null default 1 check (group_no between 1 and 50),
    min_size          smallint not null check (min_size between 1 and 50),
    people_needed     smallint not null check (people_needed between 1 and 50),
    max_size          smallint not null check (max_size between 1 and 50),
    lead_required     boolean  not null default false,
    adults_only       boolean  not null default true,
    qualifications    text[]   not null default '{}',
    risk_level        smallint not null check (risk_level between 0 and 5),
    risk_overridden   boolean  not null default false, -- false: follows the calendar when regenerated
    status            text     not null default 'DRAFT' check (status in ('DRAFT', 'OPEN', 'PUBLISHED', 'CANCELLED')),
    staffing          text     not null default 'PEOPLE' check (staffing in ('PEOPLE', 'ORGANISATION')),
    rule_key          text, -- activity rule_key + day + group: regenerating never makes a duplicate
    version           int      not null default 0,
    created_at        timestamptz not null default now(),
    updated_at        timestamptz not null default now(),
    check (min_size <= people_needed and people_needed <= max_size),
    check (starts_at <> ends_at),
    unique (rule_key)
);
create index shift_day_idx on shift (day, status);
create index shift_activity_idx on shift (activity_id);

-- Who is on which shift. The solver proposes (PROPOSED); publishing confirms; volunteers' own sign-ups come
-- in as CONFIRMED or WAITLISTED. A pinned or confirmed assignment is a fixed point the solver never moves.
create table shift_assignment (
    id                bigint generated always as identity primary key,
    shift_id          bigint   not null references shift (id) on delete cascade,
    user_id           bigint   not null references app_user (id) on delete cascade,
    status            text     not null check (status in ('PROPOSED', 'CONFIRMED', 'WAITLISTED', 'CANCELLED')),
    source            text     not null check (source in ('SOLVER', 'COORDINATOR', 'SIGNUP')),
    pinned            boolean  not null default false,
    waitlist_position int,
    checked_in_at     timestamptz,
    checked_out_at    timestamptz,
    hours             numeric(5, 2) check (hours is null or hours between 0 and 24),
    version           int      not null default 0,
    created_at        timestamptz not null default now(),
    updated_at        timestamptz not null default now(),
    unique (shift_id, user_id),
    check ((status = 'WAITLISTED') = (waitlist_position is not null))
);
create index shift_assignment_user_idx on shift_assignment (user_id, status);

-- Per-municipality switches and weights of the solver's constraints (absent row: the built-in default).
create table solver_constraint_setting (
    constraint_name text primary key check (length(constraint_name) between 1 and 100),
    enabled         boolean not null default true,
    weight          int     not null default 1 check (weight between 0 and 1000),
    version         int     not null default 0
);

-- Solving runs as a background job (db-scheduler runs it once across instances). A job still RUNNING whose
-- heartbeat is stale after a restart is marked INTERRUPTED; only one QUEUED or RUNNING job per scope.
create table solve_job (
    id                bigint generated always as identity primary key,
    school_year_id    bigint   not null references school_year (id) on delete cascade,
    scope_kind        text     not null check (scope_kind in ('BREAK', 'RANGE', 'YEAR')),
    calendar_item_id  bigint references calendar_item (id) on delete set null,
    first_day         date     not null,
    last_day          date     not null,
    scope_key         text     not null, -- e.g. "2026:2027-03-01..2027-03-07"
    status            text     not null check (status in ('QUEUED', 'RUNNING', 'FINISHED', 'STOPPED', 'FAILED', 'INTERRUPTED')),
    seconds_limit     int      not null check (seconds_limit between 1 and 3600),
    stop_requested    boolean  not null default false,
    requested_by      bigint references app_user (id) on delete set null,
    requested_at      timestamptz not null default now(),
    started_at        timestamptz,
    finished_at       timestamptz,
    heartbeat_at      timestamptz,
    best_score        text,
    covered_share     numeric(6, 4),
    shift_count       int,
    assigned_count    int,
    message           text,
    check (last_day >= first_day)
);
create unique index solve_job_one_active_per_scope on solve_job (scope_key) where status in ('QUEUED', 'RUNNING');
create index solve_job_year_idx on solve_job (school_year_id, requested_at desc);
