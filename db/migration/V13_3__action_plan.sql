-- Follow-up (issue #18): the action plan register (åtgärdsplan). A measure has an owner organisation, partner
-- organisations, districts, a period, a follow-up date and a status; it is carried out by activities of the plan and
-- answers observations of given categories in its districts. Partners, districts and categories are id/code lists
-- the service checks on every save; the activities are a join table so a deleted activity drops out by itself.
create table action_measure (
    id                    bigint generated always as identity primary key,
    title                 text     not null check (length(title) between 1 and 200),
    description           text check (description is null or length(description) <= 2000),
    owner_organisation_id bigint   not null references organisation (id),
    partner_ids           bigint[] not null default '{}',
    district_ids          bigint[] not null default '{}',
    categories            text[]   not null default '{}',
    first_day             date     not null,
    last_day              date     not null,
    follow_up_on          date     not null,
    status                text     not null check (status in ('PLANNED', 'ONGOING', 'DONE', 'CANCELLED')),
    updated_by            bigint references app_user (id) on delete set null,
    updated_at            timestamptz not null,
    version               int      not null default 0,
    check (last_day >= first_day)
);

create table action_measure_activity (
    measure_id  bigint not null references action_measure (id) on delete cascade,
    activity_id bigint not null references activity (id) on delete cascade,
    primary key (measure_id, activity_id)
);
