-- The municipality's limits for the roster solver (one row): the nights a volunteer walks at most when they set no
-- limit of their own, and the working-time rest of paid staff (Arbetstidslagen: 11 h between shifts, 36 h a week).
create table solver_limits (
    id                     int primary key default 1 check (id = 1),
    max_nights_per_month   int not null default 2  check (max_nights_per_month between 1 and 31),
    max_nights_per_weekend int not null default 1  check (max_nights_per_weekend between 1 and 3),
    daily_rest_hours       int not null default 11 check (daily_rest_hours between 1 and 24),
    weekly_rest_hours      int not null default 36 check (weekly_rest_hours between 1 and 72),
    version                int not null default 0
);

insert into solver_limits default values;
