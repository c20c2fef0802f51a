-- Foundation: the municipality, its districts and venues, partner organisations,
-- user accounts with roles, and the audit log. Later features add their own tables.

create table municipality (
    id          smallint primary key default 1 check (id = 1), -- one municipality per installation
    name        text not null check (length(trim(name)) between 1 and 100),
    county      text not null,
    time_zone   text not null default 'Europe/Stockholm',
    updated_at  timestamptz not null default now()
);

create table district (
    id          bigint generated always as identity primary key,
    name        text not null check (length(trim(name)) between 1 and 100),
    sort_order  int not null default 0,
    created_at  timestamptz not null default now()
);
create unique index district_name_uq on district (lower(name));

create table venue (
    id          bigint generated always as identity primary key,
    district_id bigint not null references district (id),
    name        text not null check (length(trim(name)) between 1 and 150),
    kind        text not null check (kind in ('YOUTH_CENTRE', 'GATHERING_POINT', 'HOT_SPOT')),
    latitude    numeric(9, 6) check (latitude between -90 and 90),
    longitude   numeric(9, 6) check (longitude between -180 and 180),
    created_at  timestamptz not null default now()
);
create unique index venue_name_uq on venue (district_id, lower(name));

create table organisation (
    id          bigint generated always as identity primary key,
    name        text not null check (length(trim(name)) between 1 and 150),
    kind        text not null check (kind in ('MUNICIPAL_DEPARTMENT', 'POLICE', 'RESCUE_SERVICE',
                    'HOUSING_COMPANY', 'YOUTH_CENTRE', 'NIGHT_WALKERS', 'CHURCH', 'SPORTS_CLUB',
                    'SECURITY_COMPANY', 'OTHER')),
    created_at  timestamptz not null default now()
);
create unique index organisation_name_uq on organisation (lower(name));

create table organisation_district (
    organisation_id bigint not null references organisation (id) on delete cascade,
    district_id     bigint not null references district (id),
    primary key (organisation_id, district_id)
);

create table app_user (
    id                 bigint generated always as identity primary key,
    username           text not null check (username ~ '^[a-z0-9._@-]{2,100}$'),
    display_name       text not null check (length(trim(display_name)) between 1 and 100),
    email              text check (email is null or email ~ '^[^@\s]+@[^@\s]+$'),
    password_hash      text not null,
    locale             text not null default 'sv' check (locale in ('sv', 'en')),
    organisation_id    bigint references organisation (id),
    enabled            boolean not null default true,
    demo               boolean not null default false, -- created by demo mode; removed when demo mode is off
    failed_logins      int not null default 0 check (failed_logins >= 0),
    locked_until       timestamptz,
    last_login_at      timestamptz,
    created_at         timestamptz not null default now(),
    version            int not null default 0
);
create unique index app_user_username_uq on app_user (username);

create table app_user_role (
    user_id bigint not null references app_user (id) on delete cascade,
    role    text not null check (role in ('ADMIN', 'COORDINATOR', 'PARTNER_CONTACT', 'VOLUNTEER', 'VIEWER')),
    primary key (user_id, role)
);

-- Who did what to which record, and who read whose personal data. Never holds the data itself.
create table audit_log (
    id             bigint generated always as identity primary key,
    occurred_at    timestamptz not null default now(),
    actor_user_id  bigint references app_user (id) on delete set null,
    actor_username text,
    action         text not null,
    subject_type   text,
    subject_id     text,
    details        text,
    client_address text
);
create index audit_log_occurred_idx on audit_log (occurred_at desc);
create index audit_log_action_idx on audit_log (action, occurred_at desc);
