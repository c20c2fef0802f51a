-- Issue 22: the calendar subscription's secret and the organisations' sign-up secrets are stored as their SHA-256
-- (hex), as invitations already are, so a copy of the database opens neither. Links handed out before keep working
-- (the hash of their secret is what is stored now); the secret itself can no longer be shown: showing an address
-- again means making a new one.
alter table calendar_settings rename column feed_token to feed_token_hash;
update calendar_settings set feed_token_hash = encode(sha256(convert_to(feed_token_hash, 'UTF8')), 'hex');

alter table organisation rename column signup_token to signup_token_hash;
update organisation set signup_token_hash = encode(sha256(convert_to(signup_token_hash, 'UTF8')), 'hex')
where signup_token_hash is not null;
