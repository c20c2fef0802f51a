-- Training evenings (issue #15, item 6): a basic course each term, a deepening evening twice a year. They are
-- activities of their own type with shifts people sign up for like any other; marking attendance at check-in
-- records the qualification the training gives (through the volunteer feature), obtained on the evening and, when
-- the activity says so, expiring so many months later.
alter table activity drop constraint activity_activity_type_check;
alter table activity add constraint activity_activity_type_check check (activity_type in
    ('NIGHT_WALK', 'YOUTH_CENTRE_OPENING', 'OUTREACH', 'PATROL', 'EVENT', 'SPORTS', 'TRAINING', 'OTHER'));
alter table coverage_rule drop constraint coverage_rule_activity_type_check;
alter table coverage_rule add constraint coverage_rule_activity_type_check check (activity_type in
    ('NIGHT_WALK', 'YOUTH_CENTRE_OPENING', 'OUTREACH', 'PATROL', 'EVENT', 'SPORTS', 'TRAINING', 'OTHER'));
alter table signup_rule drop constraint signup_rule_activity_type_check;
alter table signup_rule add constraint signup_rule_activity_type_check check (activity_type in
    ('NIGHT_WALK', 'YOUTH_CENTRE_OPENING', 'OUTREACH', 'PATROL', 'EVENT', 'SPORTS', 'TRAINING', 'OTHER'));

alter table activity
    add column grants_qualification text check (grants_qualification in ('BASIC_TRAINING', 'FIRST_AID', 'LEAD')),
    add column grants_valid_months  smallint check (grants_valid_months between 1 and 240); -- null: never expires
alter table activity add constraint activity_training_grant_check
    check ((grants_qualification is null or activity_type = 'TRAINING')
       and (grants_valid_months is null or grants_qualification is not null));
