-- Volunteers take shifts themselves. shift_assignment stays the ONE model of a person on a shift, whatever the route:
--   PROPOSED   the solver or a coordinator proposed it (after Publicera with acceptance: waits for the volunteer)
--   CONFIRMED  confirmed: published without acceptance, accepted, or a self sign-up
--   PENDING    a self sign-up waiting for a coordinator's approval (holds the place)
--   OFFERED    a waitlisted person offered a freed place until offer_expires_at (holds the place)
--   WAITLISTED in line for a place (waitlist_position orders the line)
--   DECLINED   declined a proposal or an offer; EXPIRED: an offer left unanswered
--   CANCELLED  cancelled in time (or taken off by a coordinator); LATE_CANCELLED: "I can't come" after the deadline
--   NO_SHOW    did not come (marked at check-in)
-- The first four hold a place: they count against the shift's maximum and must not overlap in time for one person.
-- Both rules are enforced here, whatever writes the row.

alter table shift_assignment drop constraint shift_assignment_status_check;
alter table shift_assignment add constraint shift_assignment_status_check check (status in
    ('PROPOSED', 'CONFIRMED', 'PENDING', 'OFFERED', 'WAITLISTED', 'DECLINED', 'EXPIRED', 'CANCELLED',
     'LATE_CANCELLED', 'NO_SHOW'));

alter table shift_assignment
    add column during           tsrange,     -- the shift's time, copied by trigger; empty when the shift is cancelled
    add column offer_expires_at timestamptz, -- an OFFERED place is the person's until then
    add column decided_at       timestamptz, -- accepted, declined, cancelled or marked
    add column waitlisted_at    timestamptz;
alter table shift_assignment add constraint shift_assignment_offer_check
    check ((status = 'OFFERED') = (offer_expires_at is not null));

-- The shift's time on each of its assignments (an exclusion constraint sees one table only).
create function shift_assignment_during(p_shift bigint) returns tsrange language sql stable as $$
    select case when s.status = 'CANCELLED' then 'empty'::tsrange else tsrange(s.start_ts, s.end_ts, '[)') end
    from shift s where s.id = p_shift
$$;

create function shift_assignment_set_during() returns trigger language plpgsql as $$
begin
    new.during := shift_assignment_during(new.shift_id);
    return new;
end
$$;
create trigger shift_assignment_set_during before insert or update of shift_id on shift_assignment
    for each row execute function shift_assignment_set_during();

create function shift_follow_times() returns trigger language plpgsql as $$
begin
    if new.start_ts is distinct from old.start_ts or new.end_ts is distinct from old.end_ts
        or new.status is distinct from old.status then
        update shift_assignment set during = shift_assignment_during(new.id) where shift_id = new.id;
    end if;
    return null;
end
$$;
create trigger shift_follow_times after update on shift for each row execute function shift_follow_times();

update shift_assignment set during = shift_assignment_during(shift_id);
alter table shift_assignment alter column during set not null;

-- A person never holds two shifts that overlap in time.
alter table shift_assignment add constraint shift_assignment_no_overlap
    exclude using gist (user_id with =, during with &&)
    where (status in ('PROPOSED', 'CONFIRMED', 'PENDING', 'OFFERED'));

-- A group is never booked over its maximum: the shift row is locked and its places counted in the writer's
-- transaction, so two writers of the same shift take turns (SQLSTATE 23TLF when full: an integrity violation of class 23).
create function shift_assignment_within_max() returns trigger language plpgsql as $$
declare
    max_places int;
    taken      int;
begin
    if new.status not in ('PROPOSED', 'CONFIRMED', 'PENDING', 'OFFERED') then
        return new;
    end if;
    if tg_op = 'UPDATE' and old.shift_id = new.shift_id
        and old.status in ('PROPOSED', 'CONFIRMED', 'PENDING', 'OFFERED') then
        return new;
    end if;
    select s.max_size into max_places from shift s where s.id = new.shift_id for update;
    select count(*) into taken from shift_assignment a
     where a.shift_id = new.shift_id and a.id <> new.id
       and a.status in ('PROPOSED', 'CONFIRMED', 'PENDING', 'OFFERED');
    if taken >= max_places then
        raise exception 'shift % is full (% of %)', new.shift_id, taken, max_places using errcode = '23TLF';
    end if;
    return new;
end
$$;
create trigger shift_assignment_within_max before insert or update of status, shift_id on shift_assignment
    for each row execute function shift_assignment_within_max();

-- Nor by lowering the maximum below the places already taken.
create function shift_max_covers_places() returns trigger language plpgsql as $$
declare
    taken int;
begin
    if new.max_size < old.max_size then
        select count(*) into taken from shift_assignment a
         where a.shift_id = new.id and a.status in ('PROPOSED', 'CONFIRMED', 'PENDING', 'OFFERED');
        if taken > new.max_size then
            raise exception 'shift % has % people, more than %', new.id, taken, new.max_size using errcode = '23TLF';
        end if;
    end if;
    return new;
end
$$;
create trigger shift_max_covers_places before update of max_size on shift
    for each row execute function shift_max_covers_places();

create index shift_assignment_waitlist_idx on shift_assignment (shift_id, waitlist_position) where status = 'WAITLISTED';
create index shift_assignment_offer_idx on shift_assignment (offer_expires_at) where status = 'OFFERED';

-- The municipality's self sign-up rules (one row): deadlines, offers, acceptance, and the default window.
create table signup_policy (
    id                       int primary key default 1 check (id = 1),
    cancel_deadline_hours    int     not null default 24 check (cancel_deadline_hours between 0 and 336),
    offer_hours              int     not null default 12 check (offer_hours between 1 and 168),
    acceptance_required      boolean not null default false, -- a published roster waits for each volunteer's yes
    default_open             boolean not null default true,
    default_opens_days_before int    default 14 check (default_opens_days_before between 0 and 365),
    default_needs_approval   boolean not null default false,
    version                  int     not null default 0
);
insert into signup_policy default values;

-- Per activity type or break (or both): is self sign-up open, from how many days before (null: as soon as the
-- shift is open), does it need approval. The most specific rule wins: type and break, break, type, the policy.
create table signup_rule (
    id                bigint generated always as identity primary key,
    activity_type     text check (activity_type in
                          ('NIGHT_WALK', 'YOUTH_CENTRE_OPENING', 'OUTREACH', 'PATROL', 'EVENT', 'SPORTS', 'OTHER')),
    calendar_item_id  bigint references calendar_item (id) on delete cascade,
    open              boolean not null default true,
    opens_days_before int check (opens_days_before between 0 and 365),
    needs_approval    boolean not null default false,
    version           int     not null default 0,
    check (activity_type is not null or calendar_item_id is not null),
    unique nulls not distinct (activity_type, calendar_item_id)
);
