package se.tryggalov.security;

import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Slows password guessing. Per name (kept in the database, so it survives restarts and holds across app
 * instances): from the 5th failure in a row the name is locked for 30 s, doubling with every further failure up to
 * 15 min. Names with and without an account are counted in the same table, the same way and with the same expiry
 * (a count whose last failure is a day old starts again), so neither the answers nor a restart tell which accounts
 * exist. Per client address (also in the database, issue #21: one count for all nodes, so adding nodes adds no
 * guesses): 30 failures within 15 minutes block that address for the rest of the window, whichever names were tried.
 */
@Component
class LoginThrottle {

    static final int FREE_ATTEMPTS = 4;
    static final Duration FIRST_LOCK = Duration.ofSeconds(30);
    static final Duration MAX_LOCK = Duration.ofMinutes(15);
    static final int ADDRESS_LIMIT = 30;
    static final Duration ADDRESS_WINDOW = Duration.ofMinutes(15);
    /** Failures "in a row" older than this are forgotten, for every name alike. */
    static final Duration FAILURE_MEMORY = Duration.ofDays(1);

    private final Clock clock;
    private final LoginFailureRepository names;

    /** A failure counted for a name: how many in a row, and the lock it now has (zero: none). */
    record NameFailure(int failures, Duration lock, OffsetDateTime lockedUntil) {
    }

    LoginThrottle(Clock clock, LoginFailureRepository names) {
        this.clock = clock;
        this.names = names;
    }

    /** How long an account stays locked after this many failures in a row (zero: not locked). */
    static Duration lockAfter(int failuresInARow) {
        if (failuresInARow <= FREE_ATTEMPTS) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failuresInARow - FREE_ATTEMPTS - 1, 10);
        Duration lock = FIRST_LOCK.multipliedBy(1L << doublings);
        return lock.compareTo(MAX_LOCK) > 0 ? MAX_LOCK : lock;
    }

    Optional<Duration> addressBlockedFor(String address) {
        if (address == null) {
            return Optional.empty();
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        LoginFailureRepository.AddressFailures recent = names.addressFailures(addressHash(address),
                now.minus(ADDRESS_WINDOW));
        if (recent.count() < ADDRESS_LIMIT) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, recent.oldest().plus(ADDRESS_WINDOW)));
    }

    /** Failures from this address within the window (for tests and diagnostics). */
    int recentFailuresFrom(String address) {
        if (address == null) {
            return 0;
        }
        return names.addressFailures(addressHash(address), OffsetDateTime.now(clock).minus(ADDRESS_WINDOW)).count();
    }

    void recordAddressFailure(String address) {
        if (address == null) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        names.recordAddressFailure(addressHash(address), now, now.minus(ADDRESS_WINDOW));
    }

    /** How long this (normalised) name stays locked, with or without an account. */
    Optional<Duration> nameBlockedFor(String username) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return names.lockedUntil(hash(username)).filter(until -> until.isAfter(now))
                .map(until -> Duration.between(now, until));
    }

    /** Counts a failure for this (normalised) name; joins the caller's transaction. */
    NameFailure recordNameFailure(String username) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        OffsetDateTime forgetBefore = now.minus(FAILURE_MEMORY);
        String hash = hash(username);
        names.deleteStale(forgetBefore, now);
        int failures = names.recordFailure(hash, now, forgetBefore);
        Duration lock = lockAfter(failures);
        if (lock.isZero()) {
            return new NameFailure(failures, lock, null);
        }
        names.lockUntil(hash, now.plus(lock));
        return new NameFailure(failures, lock, now.plus(lock));
    }

    /** After a successful sign-in, or when an administrator lifts the lock. */
    void forgetName(String username) {
        names.forget(hash(username));
    }

    /** The name is stored only as this hash (hex SHA-256 of the normalised name). */
    static String hash(String username) {
        return sha256("trygga-lov login name:" + username);
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The address is stored only as this hash (hex SHA-256), like the names. */
    static String addressHash(String address) {
        return sha256("trygga-lov login address:" + address);
    }
}
