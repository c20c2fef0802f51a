package se.tryggalov.volunteer;

import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most {@value #LIMIT} sign-ups per organisation link and hour, so a leaked link cannot flood the approval
 * queue. In memory: after a restart the count starts again, which is good enough for this purpose.
 */
@Component
class SignupThrottle {

    static final int LIMIT = 20;
    static final Duration WINDOW = Duration.ofHours(1);
    /** Bounds the memory spent on links; only valid links are counted, so this is never reached in practice. */
    static final int MAX_LINKS = 10_000;

    private final Clock clock;
    private final Map<String, Deque<Instant>> attempts = new ConcurrentHashMap<>();

    SignupThrottle(Clock clock) {
        this.clock = clock;
    }

    /** Counts one sign-up through this link; false when the link has had its share this hour. */
    boolean tryAcquire(String link) {
        if (attempts.size() >= MAX_LINKS && !attempts.containsKey(link)) {
            attempts.clear();
        }
        Deque<Instant> times = attempts.computeIfAbsent(link, l -> new ArrayDeque<>());
        synchronized (times) {
            Instant now = clock.instant();
            while (!times.isEmpty() && !times.peekFirst().plus(WINDOW).isAfter(now)) {
                times.removeFirst();
            }
            if (times.size() >= LIMIT) {
                return false;
            }
            times.addLast(now);
            return true;
        }
    }
}
