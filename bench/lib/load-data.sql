-- Data for bench/load.sh (psql variables: prefix, racers, rounds, places, groups, feed_token): an organisation,
-- :racers active volunteers <prefix>0.. with the demo password ("demo", copied from the demo volunteer), :groups open
-- night-walking shifts of :places places on each of :rounds evenings from three days ahead, and the calendar feed's
-- token. Prints the shift ids, comma-separated.
\set ON_ERROR_STOP on
insert into organisation (name, kind) values ('Load test walkers', 'NIGHT_WALKERS');
insert into app_user (username, display_name, password_hash)
    select :'prefix' || i, 'Walker ' || chr(65 + i % 26) || chr(65 + i / 26 % 26),
           (select password_hash from app_user where username = 'volunteer')
    from generate_series(0, :racers - 1) i;
insert into app_user_role (user_id, role) select id, 'VOLUNTEER' from app_user where username like :'prefix' || '%';
insert into volunteer (user_id, status, adult_confirmed, max_nights_per_month, max_nights_per_weekend)
    select id, 'ACTIVE', true, 31, 3 from app_user where username like :'prefix' || '%';
insert into volunteer_organisation (user_id, organisation_id)
    select u.id, o.id from app_user u, organisation o where u.username like :'prefix' || '%' and o.name = 'Load test walkers';
insert into volunteer_qualification (user_id, kind, obtained_on)
    select id, 'BASIC_TRAINING', date '2020-01-01' from app_user where username like :'prefix' || '%';
insert into activity (school_year_id, activity_type, purpose, title, district_id, organisation_id)
    select y.id, 'NIGHT_WALK', 'PREVENTIVE', 'Load test walk', d.id, o.id
    from school_year y, district d, organisation o
    where y.start_year = extract(year from (current_date + 3 - interval '7 months'))::int
      and d.id = (select min(id) from district) and o.name = 'Load test walkers';
insert into shift (activity_id, day, starts_at, ends_at, group_no, min_size, people_needed, max_size, lead_required,
                   risk_level, status, staffing)
    select a.id, current_date + 3 + r, '21:00', '01:00', g, 1, :places, :places, false, 3, 'OPEN', 'PEOPLE'
    from activity a, generate_series(0, :rounds - 1) r, generate_series(1, :groups) g where a.title = 'Load test walk';
update calendar_settings set feed_token_hash = encode(sha256(convert_to(:'feed_token', 'UTF8')), 'hex');
\pset tuples_only on
\pset format unaligned
select string_agg(s.id::text, ',' order by s.day) from shift s join activity a on a.id = s.activity_id
    where a.title = 'Load test walk';
