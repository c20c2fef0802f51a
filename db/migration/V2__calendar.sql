-- The school-year calendar: terms, breaks, days off, key dates with risk levels, and meetings.
-- Items proposed by rules carry a stable rule_key so that regenerating updates proposals in place
-- and never touches what a coordinator confirmed or entered by hand.

create extension if not exists btree_gist;

create table calendar_settings (
    id                   smallint primary key default 1 check (id = 1),
    easter_break_rule    text not null default 'STOCKHOLM_HEURISTIC'
                         check (easter_break_rule in ('STOCKHOLM_HEURISTIC', 'WEEK_BEFORE_EASTER', 'WEEK_AFTER_EASTER')),
    winter_sports_week   smallint check (winter_sports_week between 6 and 11), -- null: the county's default
    meeting_day          smallint not null default 2 check (meeting_day between 1 and 5), -- ISO day of week
    feed_token           text not null unique, -- secret part of the year plan's subscription address
    version              int not null default 0
);

-- The single settings row exists from the start, with an unguessable feed token (two random UUIDs: 244 bits).
insert into calendar_settings (id, feed_token)
values (1, replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''));

create table school_year (
    id              bigint generated always as identity primary key,
    start_year      int not null unique check (start_year between 2000 and 2100), -- 2026 is läsår 2026/27
    autumn_start    date not null,
    autumn_end      date not null,
    spring_start    date not null,
    spring_end      date not null,
    terms_status    text not null default 'PROPOSED' check (terms_status in ('PROPOSED', 'CONFIRMED')),
    version         int not null default 0,
    check (autumn_start < autumn_end and autumn_end < spring_start and spring_start < spring_end),
    check (extract(year from autumn_start) = start_year and extract(year from spring_end) = start_year + 1)
);

create table calendar_item (
    id              bigint generated always as identity primary key,
    school_year_id  bigint not null references school_year (id) on delete cascade,
    kind            text not null check (kind in ('BREAK', 'DAY_OFF', 'KEY_DATE', 'MEETING')),
    code            text not null, -- BreakKind, KeyDateKind or MeetingKind name, or CUSTOM
    title           text check (title is null or length(trim(title)) between 1 and 150),
    first_day       date not null,
    last_day        date not null,
    risk_level      smallint check (risk_level between 0 and 5),
    starts_at       time,
    ends_at         time,
    location        text check (location is null or length(location) <= 200),
    notes           text check (notes is null or length(notes) <= 2000),
    status          text not null check (status in ('PROPOSED', 'CONFIRMED')),
    source          text not null check (source in ('RULE', 'MANUAL', 'IMPORT')),
    rule_key        text, -- stable identity of the proposing rule; null for manual and imported items
    version         int not null default 0,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now(),
    check (last_day >= first_day),
    check (kind <> 'BREAK' or last_day - first_day <= 90),
    check (kind <> 'MEETING' or (first_day = last_day and (ends_at is null or starts_at is null or ends_at > starts_at))),
    check (kind <> 'KEY_DATE' or risk_level is not null),
    unique (school_year_id, rule_key),
    -- two breaks of one school year never overlap, whoever writes them
    constraint calendar_break_no_overlap exclude using gist (
        school_year_id with =, daterange(first_day, last_day, '[]') with &&) where (kind = 'BREAK')
        deferrable initially deferred
);
create index calendar_item_year_idx on calendar_item (school_year_id, first_day);

create table meeting_invitation (
    calendar_item_id bigint not null references calendar_item (id) on delete cascade,
    organisation_id  bigint not null references organisation (id) on delete cascade,
    primary key (calendar_item_id, organisation_id)
);
