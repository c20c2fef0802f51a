package se.tryggalov;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import se.tryggalov.shared.time.Zones;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock a test moves forward by hand, instead of sleeping until real time has passed. Unit tests start one at a
 * fixed instant ({@link #at}); in an {@link IntegrationTest} the application's {@code Clock} is one that follows the
 * system clock ({@link #system}) until a test advances it. It only ever moves forward, so a test that advances it
 * never puts "now" before a time another test has already stored.
 */
public final class TestClock extends Clock {

    private final Clock base;
    private final AtomicReference<Duration> ahead;
    private final ZoneId zone;

    private TestClock(Clock base, AtomicReference<Duration> ahead, ZoneId zone) {
        this.base = base;
        this.ahead = ahead;
        this.zone = zone;
    }

    /** Stands still at this instant (in UTC) until advanced. */
    public static TestClock at(Instant start) {
        return new TestClock(Clock.fixed(start, ZoneOffset.UTC), new AtomicReference<>(Duration.ZERO), ZoneOffset.UTC);
    }

    /** Runs with the system clock, in the municipality's zone like the application's clock, plus what was advanced. */
    public static TestClock system() {
        return new TestClock(Clock.system(Zones.STOCKHOLM), new AtomicReference<>(Duration.ZERO), Zones.STOCKHOLM);
    }

    /** Moves "now" forward; copies made with {@link #withZone} move with it. */
    public void advance(Duration by) {
        if (by.isNegative()) {
            throw new IllegalArgumentException("A test clock only moves forward: " + by);
        }
        ahead.accumulateAndGet(by, Duration::plus);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return zone.equals(this.zone) ? this : new TestClock(base, ahead, zone);
    }

    @Override
    public Instant instant() {
        return base.instant().plus(ahead.get());
    }

    /** Makes the application's {@code Clock} a {@link TestClock} that follows the system clock. */
    @TestConfiguration(proxyBeanMethods = false)
    static class InContext {

        @Bean
        @Primary
        TestClock testClock() {
            return system();
        }
    }
}
