-- A local account's second factor (TOTP, RFC 6238). The secret is encrypted by the application (AES-GCM, key
-- outside the database); confirmed_at is null while the user is still enrolling. last_used_step is the 30-second
-- time step of the last accepted code: a code is accepted once (no replay), and never an older one.
create table app_user_second_factor (
    user_id          bigint primary key references app_user (id) on delete cascade,
    secret_encrypted text not null,
    confirmed_at     timestamptz,
    last_used_step   bigint not null default 0,
    failed_attempts  int not null default 0 check (failed_attempts >= 0),
    locked_until     timestamptz
);

-- One-time recovery codes for when the authenticator is lost: stored hashed, each usable once.
create table app_user_recovery_code (
    id        bigint generated always as identity primary key,
    user_id   bigint not null references app_user (id) on delete cascade,
    code_hash text not null,
    used_at   timestamptz
);
create index app_user_recovery_code_user_idx on app_user_recovery_code (user_id);

-- An account that signs in through an OpenID Connect provider: the provider's issuer and its immutable subject
-- identify the person; never the e-mail address, which some providers let users change.
create table app_user_external_identity (
    issuer     text not null check (length(issuer) between 1 and 500),
    subject    text not null check (length(subject) between 1 and 255),
    user_id    bigint not null unique references app_user (id) on delete cascade,
    created_at timestamptz not null default now(),
    primary key (issuer, subject)
);
