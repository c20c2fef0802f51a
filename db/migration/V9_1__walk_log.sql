-- Check-in and the walk log (the night-walk logbook many municipalities pay against). After the walk the group's
-- lead or a coordinator marks who came (shift_assignment: checked_in_at/checked_out_at and hours, or NO_SHOW), the
-- actual start and end, and files the evening's report: places visited, counts of what was seen per category and a
-- note, about places and never about named people. One report per shift; follow-up (issue #18) reads the counts.
create table walk_log (
    id              bigint generated always as identity primary key,
    shift_id        bigint      not null unique references shift (id) on delete cascade,
    actual_start    timestamptz not null,
    actual_end      timestamptz not null,
    places_visited  text check (places_visited is null or length(places_visited) <= 1000),
    note            text check (note is null or length(note) <= 2000),
    filed_by        bigint references app_user (id) on delete set null,
    filed_at        timestamptz not null,
    version         int         not null default 0,
    check (actual_end > actual_start and actual_end - actual_start <= interval '24 hours')
);

create table walk_log_count (
    walk_log_id bigint not null references walk_log (id) on delete cascade,
    category    text   not null check (category in ('DAMAGE', 'GRAFFITI', 'BROKEN_GLASS', 'FIRE', 'YOUTH_GATHERING',
                                                    'MOPEDS', 'DRUGS', 'DISTURBANCE', 'OTHER')),
    count       int    not null check (count between 0 and 10000),
    primary key (walk_log_id, category)
);
