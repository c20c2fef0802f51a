package se.tryggalov.followup;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The change arithmetic and the periods compared, by hand. */
class ChangeTest {

    @Test
    void aFallToLessThanHalfIsMarkedAndRoundedAwayFromZero() {
        Change change = Change.of(3, 8);
        assertThat(change.difference()).isEqualTo(-5);
        assertThat(change.percent()).isEqualTo(-63); // -62.5 %
        assertThat(change.trend()).isEqualTo(Change.Trend.FELL_BY_MORE_THAN_HALF);
        assertThat(Change.of(4, 8).trend()).as("exactly half is not more than half").isEqualTo(Change.Trend.DOWN);
    }

    @Test
    void aRiseFromZeroHasNoPercentage() {
        Change change = Change.of(4, 0);
        assertThat(change.percent()).isNull();
        assertThat(change.trend()).isEqualTo(Change.Trend.NEW);
        assertThat(change.risenMarkedly()).isTrue();
        assertThat(Change.of(2, 0).risenMarkedly()).as("two is too few to act on").isFalse();
        assertThat(Change.of(0, 0).trend()).isEqualTo(Change.Trend.SAME);
    }

    @Test
    void aMarkedRiseIsAtLeastThreeMoreAndHalfAgain() {
        assertThat(Change.of(9, 6).risenMarkedly()).isTrue();
        assertThat(Change.of(8, 6).risenMarkedly()).isFalse();
        assertThat(Change.of(5, 4).percent()).isEqualTo(25);
    }

    @Test
    void aWeekIsComparedWithTheWeekBeforeAndTheSameIsoWeekLastYear() {
        Period week = Period.week(LocalDate.of(2025, 3, 6));
        assertThat(week.first()).isEqualTo(LocalDate.of(2025, 3, 3));
        assertThat(week.isoWeek()).isEqualTo(10);
        assertThat(week.previous().first()).isEqualTo(LocalDate.of(2025, 2, 24));
        assertThat(week.previous().last()).isEqualTo(LocalDate.of(2025, 3, 2));
        assertThat(week.sameWeeksLastYear().first()).isEqualTo(LocalDate.of(2024, 3, 4));
        assertThat(week.sameWeeksLastYear().last()).isEqualTo(LocalDate.of(2024, 3, 10));
        assertThat(week.coming().first()).isEqualTo(LocalDate.of(2025, 3, 10));
        // week 53 of 2026 has no twin in 2025: week 52 stands in
        assertThat(Period.week(LocalDate.of(2026, 12, 31)).sameWeeksLastYear().first())
                .isEqualTo(LocalDate.of(2025, 12, 22));
    }
}
