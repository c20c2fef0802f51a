-- Issue #21: the sign-in throttle per client address (30 failures within 15 minutes block the address) was kept in
-- each JVM's memory, so with several app nodes behind a load balancer an address got 30 guesses per node. Failures
-- are now counted here, shared by every node and kept across restarts. The address is kept only as a hash (as the
-- names in login_failure are); rows older than the window are deleted as new failures come in.
create table login_address_failure (
    address_hash text not null check (address_hash ~ '^[0-9a-f]{64}$'),
    failed_at    timestamptz not null
);
create index login_address_failure_address on login_address_failure (address_hash, failed_at);
create index login_address_failure_failed_at on login_address_failure (failed_at);
