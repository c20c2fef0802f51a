package se.tryggalov.security;

import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing. Per account (kept in the database, so it survives restarts and holds across app
 * instances): from the 5th failure in a row the account is locked for 30 s, doubling with every further
 * failure up to 15 min. Per client address (in memory): 30 failures within 15 minutes block that address for
 * the rest of the window, whichever accounts were tried. Usernames without an account get the same locks (in
 * memory), so the answers do not tell which accounts exist.
 */
@Component
class LoginThrottle {

    static final int FREE_ATTEMPTS = 4;
    static final Duration FIRST_LOCK = Duration.ofSeconds(30);
    static final Duration MAX_LOCK = Duration.ofMinutes(15);
    static final int ADDRESS_LIMIT = 30;
    static final Duration ADDRESS_WINDOW = Duration.ofMinutes(15);

    /** Bounds the memory an attacker can make us spend on invented usernames. */
    static final int MAX_UNKNOWN_USERNAMES = 10_000;

    private final Clock clock;
    private final Map<String, Deque<Instant>> failuresByAddress = new ConcurrentHashMap<>();
    private final Map<String, UnknownUser> unknownUsers = new ConcurrentHashMap<>();

    /** Failures in a row for a username that has no account, and until when it counts as locked. */
    private record UnknownUser(int failures, Instant lockedUntil) {
    }

    LoginThrottle(Clock clock) {
        this.clock = clock;
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
        Deque<Instant> failures = failuresByAddress.get(address);
        if (failures == null) {
            return Optional.empty();
        }
        synchronized (failures) {
            Instant now = clock.instant();
            prune(failures, now);
            if (failures.size() < ADDRESS_LIMIT) {
                return Optional.empty();
            }
            return Optional.of(Duration.between(now, failures.peekFirst().plus(ADDRESS_WINDOW)));
        }
    }

    void recordAddressFailure(String address) {
        if (address == null) {
            return;
        }
        Deque<Instant> failures = failuresByAddress.computeIfAbsent(address, a -> new ArrayDeque<>());
        synchronized (failures) {
            Instant now = clock.instant();
            prune(failures, now);
            failures.addLast(now);
        }
    }

    /**
     * Usernames without an account are "locked" exactly like real ones, so the answer after five guesses does
     * not reveal whether an account exists. Kept in memory only: nothing about them is worth storing.
     */
    Optional<Duration> unknownUserBlockedFor(String username) {
        UnknownUser user = unknownUsers.get(username);
        Instant now = clock.instant();
        if (user == null || user.lockedUntil() == null || !user.lockedUntil().isAfter(now)) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, user.lockedUntil()));
    }

    /** Counts a failure for a username without an account and returns the lock it now has (zero: none). */
    Duration recordUnknownUserFailure(String username) {
        if (unknownUsers.size() >= MAX_UNKNOWN_USERNAMES && !unknownUsers.containsKey(username)) {
            unknownUsers.clear();
        }
        Instant now = clock.instant();
        UnknownUser user = unknownUsers.merge(username, new UnknownUser(1, null),
                (old, one) -> new UnknownUser(old.failures() + 1, null));
        Duration lock = lockAfter(user.failures());
        if (!lock.isZero()) {
            unknownUsers.put(username, new UnknownUser(user.failures(), now.plus(lock)));
        }
        return lock;
    }

    private static void prune(Deque<Instant> failures, Instant now) {
        while (!failures.isEmpty() && failures.peekFirst().plus(ADDRESS_WINDOW).isBefore(now)) {
            failures.removeFirst();
        }
    }
}
