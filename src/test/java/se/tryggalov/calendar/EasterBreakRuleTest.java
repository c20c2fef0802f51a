package se.tryggalov.calendar;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EasterBreakRuleTest {

    @Test
    void stockholmHeuristicTakesTheWeekAfterAnEarlyEaster() {
        // Easter 5 April 2026 <= 10 April: Easter Monday 6 April starts the break.
        assertThat(EasterBreakRule.STOCKHOLM_HEURISTIC.breakMonday(LocalDate.of(2026, 4, 5)))
                .isEqualTo(LocalDate.of(2026, 4, 6));
        assertThat(EasterBreakRule.STOCKHOLM_HEURISTIC.breakMonday(LocalDate.of(2027, 3, 28)))
                .isEqualTo(LocalDate.of(2027, 3, 29));
    }

    @Test
    void stockholmHeuristicTakesHolyWeekForALateEaster() {
        assertThat(EasterBreakRule.STOCKHOLM_HEURISTIC.breakMonday(LocalDate.of(2028, 4, 16)))
                .isEqualTo(LocalDate.of(2028, 4, 10));
    }

    @Test
    void stockholmHeuristicBoundaryIsTenAprilInclusive() {
        // Easter falls on 10 April in 2039 and fell on 11 April in 2004.
        var holidays = new SwedishHolidays();
        assertThat(holidays.easterSunday(2039)).isEqualTo(LocalDate.of(2039, 4, 10));
        assertThat(holidays.easterSunday(2004)).isEqualTo(LocalDate.of(2004, 4, 11));
        assertThat(EasterBreakRule.STOCKHOLM_HEURISTIC.breakMonday(LocalDate.of(2039, 4, 10)))
                .isEqualTo(LocalDate.of(2039, 4, 11));
        assertThat(EasterBreakRule.STOCKHOLM_HEURISTIC.breakMonday(LocalDate.of(2004, 4, 11)))
                .isEqualTo(LocalDate.of(2004, 4, 5));
    }

    @Test
    void fixedRulesIgnoreTheEasterDate() {
        LocalDate early = LocalDate.of(2026, 4, 5);
        assertThat(EasterBreakRule.WEEK_BEFORE_EASTER.breakMonday(early)).isEqualTo(LocalDate.of(2026, 3, 30));
        assertThat(EasterBreakRule.WEEK_AFTER_EASTER.breakMonday(LocalDate.of(2028, 4, 16)))
                .isEqualTo(LocalDate.of(2028, 4, 17));
    }

    @Test
    void rejectsADateThatIsNotASunday() {
        assertThatThrownBy(() -> EasterBreakRule.WEEK_AFTER_EASTER.breakMonday(LocalDate.of(2026, 4, 6)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
