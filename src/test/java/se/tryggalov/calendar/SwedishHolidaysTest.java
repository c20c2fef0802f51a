package se.tryggalov.calendar;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.DayOfWeek;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SwedishHolidaysTest {

    private static final SwedishHolidays HOLIDAYS = new SwedishHolidays();

    @ParameterizedTest
    @CsvSource({"2026, 2026-04-05", "2027, 2027-03-28", "2028, 2028-04-16", "2029, 2029-04-01"})
    void easterSundayFollowsTheChurchCalendar(int year, LocalDate expected) {
        assertThat(HOLIDAYS.easterSunday(year)).isEqualTo(expected);
    }

    @Test
    void walpurgisEve2026IsAThursdayEveThatJollydayLacks() {
        LocalDate valborg = LocalDate.of(2026, 4, 30);
        assertThat(valborg.getDayOfWeek()).isEqualTo(DayOfWeek.THURSDAY);
        assertThat(HOLIDAYS.on(valborg))
                .containsExactly(new Holiday(valborg, KeyDateKind.WALPURGIS_EVE, DayType.EVE));
        assertThat(HOLIDAYS.on(LocalDate.of(2026, 5, 1)))
                .containsExactly(new Holiday(LocalDate.of(2026, 5, 1), KeyDateKind.MAY_DAY, DayType.STATUTORY_HOLIDAY));
    }

    @Test
    void walpurgisEve2027IsAFriday() {
        LocalDate valborg = LocalDate.of(2027, 4, 30);
        assertThat(valborg.getDayOfWeek()).isEqualTo(DayOfWeek.FRIDAY);
        assertThat(HOLIDAYS.on(valborg)).extracting(Holiday::kind).containsExactly(KeyDateKind.WALPURGIS_EVE);
    }

    @ParameterizedTest
    @CsvSource({"2026-06-19", "2027-06-25"})
    void midsummerEveIsAnEveAndADayOff(LocalDate date) {
        assertThat(HOLIDAYS.on(date))
                .containsExactly(new Holiday(date, KeyDateKind.MIDSUMMER_EVE, DayType.EVE));
        assertThat(HOLIDAYS.isNonWorkingDay(date)).isTrue();
    }

    @Test
    void christmasEveAndNewYearsEveAreEvesNotStatutoryHolidays() {
        assertThat(HOLIDAYS.on(LocalDate.of(2026, 12, 24))).extracting(Holiday::dayType).containsExactly(DayType.EVE);
        assertThat(HOLIDAYS.on(LocalDate.of(2026, 12, 31))).extracting(Holiday::dayType).containsExactly(DayType.EVE);
        assertThat(HOLIDAYS.on(LocalDate.of(2026, 12, 25))).extracting(Holiday::dayType)
                .containsExactly(DayType.STATUTORY_HOLIDAY);
    }

    @Test
    void addsTheEvesJollydayLacksFor2026() {
        assertThat(HOLIDAYS.on(LocalDate.of(2026, 1, 5))).extracting(Holiday::kind).containsExactly(KeyDateKind.TWELFTH_NIGHT);
        assertThat(HOLIDAYS.on(LocalDate.of(2026, 4, 4))).extracting(Holiday::kind).containsExactly(KeyDateKind.EASTER_EVE);
        assertThat(HOLIDAYS.on(LocalDate.of(2026, 5, 23))).extracting(Holiday::kind).containsExactly(KeyDateKind.WHITSUN_EVE);
        assertThat(HOLIDAYS.on(LocalDate.of(2026, 10, 30))).extracting(Holiday::kind).containsExactly(KeyDateKind.ALL_SAINTS_EVE);
        assertThat(HOLIDAYS.on(LocalDate.of(2026, 10, 31))).extracting(Holiday::kind).containsExactly(KeyDateKind.ALL_SAINTS_DAY);
    }

    @Test
    void the2026CalendarHasSixteenJollydayDaysAndFiveOwnEves() {
        var year = HOLIDAYS.inYear(2026);
        assertThat(year).hasSize(21);
        assertThat(year).filteredOn(h -> h.dayType() == DayType.STATUTORY_HOLIDAY).hasSize(13);
        assertThat(year).filteredOn(h -> h.dayType() == DayType.EVE).hasSize(8);
        assertThat(year).isSorted();
    }

    @Test
    void walpurgisEveIsAWorkingDayButChristmasEveIsNot() {
        assertThat(HOLIDAYS.isNonWorkingDay(LocalDate.of(2026, 4, 30))).isFalse();
        assertThat(HOLIDAYS.isNonWorkingDay(LocalDate.of(2026, 12, 24))).isTrue();
        assertThat(HOLIDAYS.isNonWorkingDay(LocalDate.of(2026, 5, 14))).as("Ascension Day").isTrue();
        assertThat(HOLIDAYS.isNonWorkingDay(LocalDate.of(2026, 5, 13))).isFalse();
        assertThat(HOLIDAYS.isNonWorkingDay(LocalDate.of(2026, 5, 16))).as("Saturday").isTrue();
    }

    @Test
    void betweenIncludesBothEndsAndSpansYears() {
        var days = HOLIDAYS.between(LocalDate.of(2026, 12, 31), LocalDate.of(2027, 1, 1));
        assertThat(days).extracting(Holiday::kind).containsExactly(KeyDateKind.NEW_YEARS_EVE, KeyDateKind.NEW_YEARS_DAY);
        assertThatThrownBy(() -> HOLIDAYS.between(LocalDate.of(2027, 1, 2), LocalDate.of(2027, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ascensionDayOnMayDayGivesTwoHolidaysOnOneDate() {
        // 2008: Easter 23 March, Ascension 39 days later on 1 May.
        assertThat(HOLIDAYS.on(LocalDate.of(2008, 5, 1))).extracting(Holiday::kind)
                .containsExactlyInAnyOrder(KeyDateKind.MAY_DAY, KeyDateKind.ASCENSION_DAY);
    }
}
