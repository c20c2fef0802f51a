-- Issue 16, continued.

-- Calendar feeds of an organisation (for its contact persons) and of a venue (who covers it). Each person who asks
-- gets their own address: only the SHA-256 of its 256-bit secret is kept; renewing replaces the row, so the old
-- address stops at once. Rights are checked again at every fetch, as the person who asked.
create table scope_feed_token (
    user_id    bigint      not null references app_user (id) on delete cascade,
    scope_kind text        not null check (scope_kind in ('ORGANISATION', 'VENUE')),
    scope_id   bigint      not null,
    token_hash text        not null unique check (length(token_hash) = 64),
    created_at timestamptz not null,
    primary key (user_id, scope_kind, scope_id)
);

-- What an organisation's or a venue's feed last said about each event (shared by all its subscribers, so every
-- phone sees the same SEQUENCE): as personal_feed_event, keyed by the feed and the event's own key.
create table scope_feed_event (
    scope_kind    text        not null check (scope_kind in ('ORGANISATION', 'VENUE')),
    scope_id      bigint      not null,
    event_key     text        not null,
    sequence      int         not null default 0 check (sequence >= 0),
    fingerprint   text        not null,
    last_modified timestamptz not null,
    starts_at     timestamptz not null,
    ends_at       timestamptz not null,
    title         text        not null,
    place         text,
    gone_at       timestamptz,
    primary key (scope_kind, scope_id, event_key)
);

-- The link in every mail to a page where the person changes what they get without signing in: a random secret per
-- mail (only its SHA-256 kept), valid until expires_at, naming the kind of notification the mail was.
create table notification_link (
    token_hash text        primary key check (length(token_hash) = 64),
    user_id    bigint      not null references app_user (id) on delete cascade,
    kind       text        not null,
    expires_at timestamptz not null
);
create index notification_link_user_idx on notification_link (user_id);
create index notification_link_expiry_idx on notification_link (expires_at);

-- Waitlist offers and "I can't come" now go through notifications too.
alter table notification drop constraint notification_kind_check;
alter table notification add constraint notification_kind_check check (kind in ('PROPOSAL_WAITING',
    'ROSTER_PUBLISHED', 'SHIFT_CHANGED', 'SHIFT_CANCELLED', 'REMINDER', 'BELOW_MINIMUM', 'PARTNER_SHIFTS', 'MESSAGE',
    'WAITLIST_OFFER', 'CANNOT_COME'));
