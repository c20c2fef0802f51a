-- Representative data of the previous release (schema V9_1), written as that release's code would have written it:
-- a municipality with a district and a venue, an organisation with a contact, an administrator and a volunteer with
-- roles, a school year with a break, an activity with a shift, a confirmed sign-up and a waitlisted one, an answer
-- of availability, a walk log, a sign-up rule, a failed sign-in, an audit entry and an e-mail in the outbox.
-- FlywayUpgradeTest migrates it to the current schema and checks that all of it is still there.
insert into municipality (id, name, county) values (1, 'Uppgraderingskommun', 'AB')
    on conflict (id) do update set name = excluded.name, county = excluded.county;
insert into district (name) values ('Upgrade district');
insert into venue (district_id, name, kind) select id, 'Upgrade youth centre', 'YOUTH_CENTRE' from district where name = 'Upgrade district';
insert into organisation (name, kind) values ('Upgrade walkers', 'NIGHT_WALKERS');
insert into organisation_contact (organisation_id, name, phone) select id, 'Contact Upgrade', '070-123 45 67' from organisation where name = 'Upgrade walkers';
insert into app_user (username, display_name, password_hash, email) values
    ('upgrade-admin', 'Admin Upgrade', '{bcrypt}$2a$10$abcdefghijklmnopqrstuuJ7mZ0h9hYx3c5mG1gkH8E1m5u3r1m2', 'admin@upgrade.example'),
    ('upgrade-walker', 'Walker Upgrade', '{bcrypt}$2a$10$abcdefghijklmnopqrstuuJ7mZ0h9hYx3c5mG1gkH8E1m5u3r1m2', 'walker@upgrade.example'),
    ('upgrade-second', 'Second Upgrade', '{bcrypt}$2a$10$abcdefghijklmnopqrstuuJ7mZ0h9hYx3c5mG1gkH8E1m5u3r1m2', null);
insert into app_user_role (user_id, role) select id, 'ADMIN' from app_user where username = 'upgrade-admin';
insert into app_user_role (user_id, role) select id, 'VOLUNTEER' from app_user where username in ('upgrade-walker', 'upgrade-second');
insert into volunteer (user_id, phone, status, adult_confirmed)
    select id, '070-765 43 21', 'ACTIVE', true from app_user where username in ('upgrade-walker', 'upgrade-second');
insert into volunteer_organisation (user_id, organisation_id)
    select u.id, o.id from app_user u, organisation o where u.username in ('upgrade-walker', 'upgrade-second') and o.name = 'Upgrade walkers';
insert into school_year (start_year, autumn_start, autumn_end, spring_start, spring_end)
    values (2031, '2031-08-18', '2031-12-19', '2032-01-08', '2032-06-11');
insert into calendar_item (school_year_id, kind, code, title, first_day, last_day, status, source, risk_level)
    select id, 'BREAK', 'AUTUMN', 'Höstlov 2031', '2031-10-27', '2031-10-31', 'CONFIRMED', 'RULE', null from school_year where start_year = 2031;
insert into activity (school_year_id, activity_type, purpose, title, district_id)
    select y.id, 'NIGHT_WALK', 'PREVENTIVE', 'Upgrade night walk', d.id from school_year y, district d
    where y.start_year = 2031 and d.name = 'Upgrade district';
insert into shift (activity_id, day, starts_at, ends_at, min_size, people_needed, max_size, risk_level, status)
    select id, '2031-10-31', '21:00', '01:00', 1, 1, 1, 3, 'OPEN' from activity where title = 'Upgrade night walk';
insert into shift_assignment (shift_id, user_id, status, source, during)
    select s.id, u.id, 'CONFIRMED', 'SIGNUP', tsrange('2031-10-31 21:00', '2031-11-01 01:00')
    from shift s join activity a on a.id = s.activity_id, app_user u
    where a.title = 'Upgrade night walk' and u.username = 'upgrade-walker';
insert into shift_assignment (shift_id, user_id, status, source, during, waitlist_position)
    select s.id, u.id, 'WAITLISTED', 'SIGNUP', tsrange('2031-10-31 21:00', '2031-11-01 01:00'), 1
    from shift s join activity a on a.id = s.activity_id, app_user u
    where a.title = 'Upgrade night walk' and u.username = 'upgrade-second';
insert into availability (user_id, day, state) select id, '2031-10-31', 'AVAILABLE' from app_user where username = 'upgrade-walker';
insert into signup_rule (calendar_item_id, open) select id, true from calendar_item where title = 'Höstlov 2031';
insert into walk_log (shift_id, actual_start, actual_end, filed_at)
    select s.id, '2031-10-31 20:00Z', '2031-11-01 00:00Z', '2031-11-01 00:10Z'
    from shift s join activity a on a.id = s.activity_id where a.title = 'Upgrade night walk';
insert into login_failure (name_hash, failures, last_failure_at) values (repeat('ab', 32), 2, '2031-10-01 12:00Z');
insert into audit_log (action, actor_username) values ('LOGIN_SUCCEEDED', 'upgrade-admin');
insert into outbox_email (recipient, subject, body) values ('walker@upgrade.example', 'Välkommen', 'Hej!');
