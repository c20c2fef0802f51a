package se.tryggalov;

import org.junit.jupiter.api.Test;
import se.tryggalov.shared.time.Zones;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TestClockTest {

    static final Instant START = Instant.parse("2026-11-01T10:00:00Z");

    @Test
    void aFixedClockStandsStillUntilAdvancedAndItsZonedCopiesMoveWithIt() {
        TestClock clock = TestClock.at(START);
        Clock stockholm = clock.withZone(Zones.STOCKHOLM);

        assertThat(clock.instant()).isEqualTo(START);
        clock.advance(Duration.ofMinutes(5));

        assertThat(clock.instant()).isEqualTo(START.plus(Duration.ofMinutes(5)));
        assertThat(stockholm.instant()).isEqualTo(START.plus(Duration.ofMinutes(5)));
        assertThat(stockholm.getZone()).isEqualTo(Zones.STOCKHOLM);
    }

    @Test
    void aSystemClockRunsAheadOfRealTimeByWhatWasAdvancedAndNeverGoesBack() {
        TestClock clock = TestClock.system();
        clock.advance(Duration.ofDays(1));

        assertThat(clock.instant()).isAfter(Instant.now().plus(Duration.ofHours(23)));
        assertThat(clock.getZone()).isEqualTo(Zones.STOCKHOLM);
        assertThatThrownBy(() -> clock.advance(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
    }
}
