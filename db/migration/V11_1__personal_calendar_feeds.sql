-- Issue 16: a person's own calendar subscription. The address carries a 256-bit secret; only its SHA-256 (hex) is
-- kept, as for the other link secrets (V8_2_1). Renewing replaces the row, so the old address stops at once.
create table personal_feed_token (
    user_id    bigint primary key references app_user (id) on delete cascade,
    token_hash text        not null unique check (length(token_hash) = 64),
    created_at timestamptz not null
);

-- What each person's feed last said about each of their shifts: SEQUENCE and LAST-MODIFIED move when the content
-- (fingerprint) changes, and never go back, whatever happens to the assignment row (it may be deleted and made
-- again). A shift that left the person's list stays here as cancelled (gone_at) and the feed shows it as
-- STATUS:CANCELLED for 30 days. No foreign key to shift: a deleted shift must still be shown as cancelled.
create table personal_feed_event (
    user_id       bigint      not null references app_user (id) on delete cascade,
    shift_id      bigint      not null,
    sequence      int         not null default 0 check (sequence >= 0),
    fingerprint   text        not null,
    last_modified timestamptz not null,
    starts_at     timestamptz not null,
    ends_at       timestamptz not null,
    title         text        not null,
    place         text,
    gone_at       timestamptz,
    primary key (user_id, shift_id)
);
