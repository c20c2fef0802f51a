-- Coverage (issue #17): how coverage grew as a break approached. Once a day (a db-scheduler job) and at every
-- publication, the coverage read model of each coming break or raised-risk date is written down per district: the
-- need, what covers it (at most the need) and the places booked. One row per period, day and district: a second
-- run on the same day replaces the first. Holds no personal data.
create table coverage_snapshot (
    calendar_item_id bigint  not null references calendar_item (id) on delete cascade,
    taken_on         date    not null,
    district_id      bigint  not null references district (id) on delete cascade,
    need             int     not null check (need >= 0),
    covered          int     not null check (covered >= 0 and covered <= need),
    seats_needed     int     not null check (seats_needed >= 0),
    seats_booked     int     not null check (seats_booked >= 0),
    primary key (calendar_item_id, taken_on, district_id)
);
