package se.tryggalov.calendar;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TermDatesTest {

    @Test
    void defaults2025StartMondayEighteenAugustAndEndFridayTwelveJune() {
        assertThat(TermDates.defaultFor(SchoolYear.of(2025))).isEqualTo(new TermDates(
                LocalDate.of(2025, 8, 18), LocalDate.of(2025, 12, 19),
                LocalDate.of(2026, 1, 8), LocalDate.of(2026, 6, 12)));
    }

    @Test
    void defaults2026MoveAFridayStartToMondayAndAWeekendEndToFriday() {
        // 8 January 2027 is a Friday; 20 December 2026 a Sunday; 12 June 2027 a Saturday.
        assertThat(TermDates.defaultFor(SchoolYear.of(2026))).isEqualTo(new TermDates(
                LocalDate.of(2026, 8, 18), LocalDate.of(2026, 12, 18),
                LocalDate.of(2027, 1, 11), LocalDate.of(2027, 6, 11)));
    }

    @Test
    void defaults2028MoveAFridayAutumnStartToMonday() {
        // 18 August 2028 is a Friday.
        assertThat(TermDates.defaultFor(SchoolYear.of(2028)).autumnStart()).isEqualTo(LocalDate.of(2028, 8, 21));
    }

    @Test
    void rejectsTermsOutOfOrder() {
        assertThatThrownBy(() -> new TermDates(LocalDate.of(2026, 8, 18), LocalDate.of(2027, 1, 20),
                LocalDate.of(2027, 1, 11), LocalDate.of(2027, 6, 11)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void inTermCoversBothTermsButNotTheGapBetween() {
        var terms = TermDates.defaultFor(SchoolYear.of(2026));
        assertThat(terms.inTerm(LocalDate.of(2026, 8, 18))).isTrue();
        assertThat(terms.inTerm(LocalDate.of(2026, 12, 18))).isTrue();
        assertThat(terms.inTerm(LocalDate.of(2026, 12, 19))).isFalse();
        assertThat(terms.inTerm(LocalDate.of(2027, 1, 11))).isTrue();
        assertThat(terms.inTerm(LocalDate.of(2027, 6, 12))).isFalse();
    }
}
