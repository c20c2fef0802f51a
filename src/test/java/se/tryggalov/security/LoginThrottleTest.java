package se.tryggalov.security;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTest {

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
}
