package se.tryggalov.security;

import org.junit.jupiter.api.Test;
import se.tryggalov.TestClock;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTest {

    static final Instant START = Instant.parse("2026-04-30T20:00:00Z");

    @Test
    void theFirstFourFailuresCostNothingThenTheLockDoublesUpToFifteenMinutes() {
        assertThat(LoginThrottle.lockAfter(1)).isZero();
        assertThat(LoginThrottle.lockAfter(4)).isZero();
        assertThat(LoginThrottle.lockAfter(5)).isEqualTo(Duration.ofSeconds(30));
        assertThat(LoginThrottle.lockAfter(6)).isEqualTo(Duration.ofMinutes(1));
        assertThat(LoginThrottle.lockAfter(7)).isEqualTo(Duration.ofMinutes(2));
        assertThat(LoginThrottle.lockAfter(9)).isEqualTo(Duration.ofMinutes(8));
        assertThat(LoginThrottle.lockAfter(10)).isEqualTo(Duration.ofMinutes(15));
        assertThat(LoginThrottle.lockAfter(1000)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void anAddressIsBlockedAfterThirtyFailuresUntilTheOldestLeavesTheWindow() {
        TestClock clock = TestClock.at(START);
        LoginThrottle throttle = new LoginThrottle(clock, null);
        for (int i = 0; i < 29; i++) {
            throttle.recordAddressFailure("198.51.100.7");
            clock.advance(Duration.ofSeconds(10));
        }
        assertThat(throttle.addressBlockedFor("198.51.100.7")).isEmpty();

        throttle.recordAddressFailure("198.51.100.7");
        assertThat(throttle.addressBlockedFor("198.51.100.7")).hasValueSatisfying(d ->
                assertThat(d).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(15)));
        assertThat(throttle.addressBlockedFor("198.51.100.8")).as("other addresses").isEmpty();

        clock.advance(Duration.ofMinutes(16));
        assertThat(throttle.addressBlockedFor("198.51.100.7")).isEmpty();
    }
}
