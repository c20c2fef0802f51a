package se.tryggalov.roster;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The time rules of self sign-up: the cancel deadline and how long a waitlist offer stands. */
class SignupPolicyTest {

    static final SignupPolicy DEFAULTS = new SignupPolicy(24, 12, false, true, 14, false, 0);
    static final Instant NOW = Instant.parse("2030-03-01T10:00:00Z");

    @Test
    void cancellingIsPossibleUntil24HoursBeforeTheStart() {
        Instant start = NOW.plus(Duration.ofDays(3));

        assertThat(DEFAULTS.cancelDeadline(start)).isEqualTo(start.minus(Duration.ofHours(24)));
    }

    @Test
    void anOfferStands12HoursWhenTheShiftIsFarAway() {
        assertThat(DEFAULTS.offerExpiry(NOW, NOW.plus(Duration.ofDays(5)))).isEqualTo(NOW.plus(Duration.ofHours(12)));
    }

    @Test
    void closeToTheStartAnOfferStandsHalfTheTimeLeftSoTheNextInLineStillHasAChance() {
        Instant start = NOW.plus(Duration.ofHours(6));

        assertThat(DEFAULTS.offerExpiry(NOW, start)).isEqualTo(NOW.plus(Duration.ofHours(3)));
        assertThat(DEFAULTS.offerExpiry(start, start)).as("started: no offer").isNull();
    }
}
