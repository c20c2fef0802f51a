-- People and places: editable districts and venues with opening hours; partner organisations with their
-- contact persons and standing commitments; volunteers with the minimal profile of DOMAIN.md ("Data
-- protection"), their organisations, districts, qualifications and availability; invitations; the personal-data
-- rights (removal requests, retention settings); an e-mail outbox; and the table of the persistent job scheduler.
--
-- A volunteer is an app_user with the role VOLUNTEER: the account holds the name and e-mail, the profile
-- (volunteer) the rest. No personal identity number is stored anywhere: at most a birth year.

-- ---------------------------------------------------------------------------------------------------------------
-- Places

alter table district add column version int not null default 0;

alter table venue
    add column address text check (address is null or length(address) <= 200),
    add column version int not null default 0;

-- Weekly opening hours of a venue (youth centres). closes <= opens means the venue closes after midnight.
create table venue_opening_hours (
    venue_id bigint   not null references venue (id) on delete cascade,
    weekday  smallint not null check (weekday between 1 and 7), -- ISO: 1 = Monday
    opens    time     not null,
    closes   time     not null,
    primary key (venue_id, weekday, opens)
);

-- ---------------------------------------------------------------------------------------------------------------
-- Partner organisations

alter table organisation
    add column signup_token text,             -- the secret of the organisation's public sign-up link; null = none
    add column version int not null default 0;
create unique index organisation_signup_token_uq on organisation (signup_token);

-- The people an organisation puts forward as its contacts. Work contact details, shown on the contact list.
create table organisation_contact (
    id              bigint generated always as identity primary key,
    organisation_id bigint not null references organisation (id) on delete cascade,
    user_id         bigint references app_user (id) on delete set null, -- when the contact also has an account
    name            text   not null check (length(trim(name)) between 1 and 100),
    role_title      text check (role_title is null or length(role_title) <= 100),
    phone           text check (phone is null or phone ~ '^\+?[0-9 ()-]{6,20}$'),
    email           text check (email is null or email ~ '^[^@\s]+@[^@\s]+$'),
    sort_order      int    not null default 0,
    version         int    not null default 0,
    created_at      timestamptz not null default now()
);
create index organisation_contact_org_idx on organisation_contact (organisation_id, sort_order);

-- Standing commitments that are not rostered person by person, in words and in numbers:
-- "police: one patrol in Alby on evenings with risk >= 4" = (PATROL, 1, Alby, min_risk 4).
create table organisation_commitment (
    id              bigint generated always as identity primary key,
    organisation_id bigint   not null references organisation (id) on delete cascade,
    kind            text     not null check (kind in ('PATROL', 'GUARD', 'STANDBY', 'STAFF', 'OPENING', 'OTHER')),
    quantity        smallint not null check (quantity between 1 and 99),
    district_id     bigint references district (id) on delete cascade, -- null: all the organisation's districts
    min_risk        smallint not null default 1 check (min_risk between 1 and 5),
    weekdays        smallint[] not null default '{}', -- ISO weekdays; empty = every day
    starts_at       time,
    ends_at         time,
    valid_from      date,
    valid_to        date,
    description     text     not null check (length(trim(description)) between 1 and 300),
    version         int      not null default 0,
    created_at      timestamptz not null default now(),
    check (valid_to is null or valid_from is null or valid_to >= valid_from)
);
create index organisation_commitment_org_idx on organisation_commitment (organisation_id);

-- ---------------------------------------------------------------------------------------------------------------
-- Volunteers

create table volunteer (
    user_id                bigint primary key references app_user (id) on delete cascade,
    phone                  text check (phone is null or phone ~ '^\+?[0-9 ()-]{6,20}$'),
    adult_confirmed        boolean  not null default false,  -- "18+ confirmed" by a contact or the person
    birth_year             smallint check (birth_year is null or birth_year between 1900 and 2100),
    youth_walker           boolean  not null default false,  -- 15-17, walks only with adults
    guardian_consent_on    date,                             -- written guardian consent seen on this date
    record_extract_shown_on date,                            -- criminal-record extract shown; never stored
    gender                 text check (gender is null or gender in ('FEMALE', 'MALE', 'NON_BINARY', 'UNDISCLOSED')),
    languages              text[]   not null default '{}',   -- ISO 639-1 codes the person chose to give
    max_nights_per_month   smallint check (max_nights_per_month is null or max_nights_per_month between 0 and 31),
    max_nights_per_weekend smallint check (max_nights_per_weekend is null or max_nights_per_weekend between 0 and 3),
    status                 text     not null default 'ACTIVE'
                               check (status in ('INVITED', 'PENDING', 'ACTIVE', 'PAUSED', 'ANONYMISED')),
    last_active_at         timestamptz not null default now(),
    removal_requested_at   timestamptz,
    anonymised_at          timestamptz,
    created_at             timestamptz not null default now(),
    version                int      not null default 0,
    check (not (adult_confirmed and youth_walker))
);
create index volunteer_status_idx on volunteer (status);

create table volunteer_organisation (
    user_id         bigint not null references volunteer (user_id) on delete cascade,
    organisation_id bigint not null references organisation (id) on delete cascade,
    primary key (user_id, organisation_id)
);
create index volunteer_organisation_org_idx on volunteer_organisation (organisation_id);

create table volunteer_district (
    user_id     bigint not null references volunteer (user_id) on delete cascade,
    district_id bigint not null references district (id) on delete cascade,
    primary key (user_id, district_id)
);

create table volunteer_qualification (
    user_id     bigint not null references volunteer (user_id) on delete cascade,
    kind        text   not null check (kind in ('BASIC_TRAINING', 'FIRST_AID', 'LEAD')),
    obtained_on date   not null,
    expires_on  date,
    primary key (user_id, kind),
    check (expires_on is null or expires_on >= obtained_on)
);

-- One-time secrets sent by e-mail: invitations (set your password) and later password resets. Only a hash of
-- the secret is stored; the secret itself is only in the link.
create table account_token (
    token_hash text primary key,
    user_id    bigint not null references app_user (id) on delete cascade,
    purpose    text   not null check (purpose in ('INVITATION', 'PASSWORD_RESET')),
    created_by bigint references app_user (id) on delete set null,
    created_at timestamptz not null default now(),
    expires_at timestamptz not null,
    used_at    timestamptz
);
create index account_token_user_idx on account_token (user_id);

-- ---------------------------------------------------------------------------------------------------------------
-- Availability: one answer per person and evening. The evening is named by the date it starts on.

create table availability (
    user_id    bigint not null references volunteer (user_id) on delete cascade,
    day        date   not null,
    state      text   not null check (state in ('AVAILABLE', 'MAYBE', 'UNAVAILABLE')),
    from_time  time,
    to_time    time,
    entered_by bigint references app_user (id) on delete set null, -- someone else entered it on the person's behalf
    updated_at timestamptz not null default now(),
    primary key (user_id, day)
);
create index availability_day_idx on availability (day, state);

-- ---------------------------------------------------------------------------------------------------------------
-- Personal-data rights

create table removal_request (
    id           bigint generated always as identity primary key,
    user_id      bigint not null references app_user (id) on delete cascade,
    requested_at timestamptz not null default now(),
    handled_at   timestamptz,
    handled_by   bigint references app_user (id) on delete set null,
    outcome      text check (outcome is null or outcome in ('ANONYMISED', 'REJECTED'))
);
create unique index removal_request_open_uq on removal_request (user_id) where handled_at is null;

-- What the archive rules allow, per installation.
create table data_retention (
    id                      smallint primary key default 1 check (id = 1),
    availability_months     smallint not null default 12 check (availability_months between 1 and 120),
    inactive_profile_months smallint not null default 24 check (inactive_profile_months between 1 and 120),
    invitation_days         smallint not null default 14 check (invitation_days between 1 and 90),
    keep_history            boolean  not null default true, -- keep anonymised assignments for counts
    last_run_at             timestamptz,
    last_run_summary        text,
    version                 int not null default 0
);
insert into data_retention default values;

-- ---------------------------------------------------------------------------------------------------------------
-- E-mail goes through an outbox: written in the same transaction as the change that causes it, sent by a job.

create table outbox_email (
    id          bigint generated always as identity primary key,
    user_id     bigint references app_user (id) on delete cascade, -- the recipient's account, when there is one
    recipient   text   not null,
    subject     text   not null,
    body        text   not null,
    created_at  timestamptz not null default now(),
    send_after  timestamptz not null default now(),
    sent_at     timestamptz,
    attempts    int not null default 0,
    last_error  text
);
create index outbox_email_pending_idx on outbox_email (send_after) where sent_at is null;

-- ---------------------------------------------------------------------------------------------------------------
-- db-scheduler: persistent jobs that run once even with several app instances on one database.

create table scheduled_tasks (
    task_name            text not null,
    task_instance        text not null,
    task_data            bytea,
    execution_time       timestamptz not null,
    picked               boolean not null,
    picked_by            text,
    last_success         timestamptz,
    last_failure         timestamptz,
    consecutive_failures int,
    last_heartbeat       timestamptz,
    version              bigint not null,
    priority             smallint,
    primary key (task_name, task_instance)
);
create index scheduled_tasks_execution_time_idx on scheduled_tasks (execution_time);
create index scheduled_tasks_last_heartbeat_idx on scheduled_tasks (last_heartbeat);
create index scheduled_tasks_priority_execution_time_idx on scheduled_tasks (priority desc, execution_time asc);
