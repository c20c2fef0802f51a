-- Issue 16: notifications. Mails get an HTML part beside the plain text (both from one template).
alter table outbox_email add column html_body text;

-- Every notification the app decided to send (or to skip, with the reason), written in the transaction of the change
-- that caused it. dedupe_key makes a notification happen once: a reminder per place, one "below minimum" mail per
-- coordinator and evening. A sent e-mail points at its outbox row.
create table notification (
    id             bigint generated always as identity primary key,
    user_id        bigint references app_user (id) on delete cascade, -- null: a partner contact without an account
    kind           text        not null check (kind in ('PROPOSAL_WAITING', 'ROSTER_PUBLISHED', 'SHIFT_CHANGED',
                       'SHIFT_CANCELLED', 'REMINDER', 'BELOW_MINIMUM', 'PARTNER_SHIFTS', 'MESSAGE')),
    channel        text        not null check (channel in ('EMAIL', 'SMS')),
    dedupe_key     text unique,
    outbox_id      bigint,      -- the e-mail in outbox_email (it may be gone after erasure)
    skipped_reason text,        -- why nothing was sent: no address, turned off
    message_id     bigint,      -- a coordinator's message (notify_message)
    created_at     timestamptz not null
);
create index notification_user_idx on notification (user_id, created_at desc);
create index notification_message_idx on notification (message_id) where message_id is not null;

-- What each person wants to receive, per kind and channel (no row: e-mail on, SMS off).
create table notification_preference (
    user_id bigint  not null references app_user (id) on delete cascade,
    kind    text    not null,
    email   boolean not null default true,
    sms     boolean not null default false,
    primary key (user_id, kind)
);

-- Messages a coordinator or partner contact wrote to the volunteers of an organisation, a district or a shift.
create table notify_message (
    id          bigint generated always as identity primary key,
    author_id   bigint references app_user (id) on delete set null,
    scope_kind  text        not null check (scope_kind in ('ORGANISATION', 'DISTRICT', 'SHIFT')),
    scope_id    bigint      not null,
    scope_name  text        not null,
    subject     text        not null check (length(trim(subject)) between 1 and 150),
    body        text        not null check (length(body) between 1 and 5000),
    recipients  int         not null default 0,
    reached     int         not null default 0, -- of them, how many had an address to send to
    created_at  timestamptz not null
);
