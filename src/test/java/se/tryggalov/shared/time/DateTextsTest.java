package se.tryggalov.shared.time;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class DateTextsTest {

    private static final DateTexts SV = DateTexts.of(Locale.forLanguageTag("sv"));
    private static final DateTexts EN = DateTexts.of(Locale.ENGLISH);
    private static final LocalDate FRIDAY = LocalDate.of(2027, 4, 2);

    @Test
    void aShortDateHasTheWeekdayDayAndMonth() {
        assertThat(SV.shortDate(FRIDAY)).isEqualTo("fre 2 apr.");
        assertThat(EN.shortDate(FRIDAY)).isEqualTo("Fri 2 Apr");
        assertThat(SV.shortDate(null)).isEmpty();
    }

    @Test
    void aLongDateSpellsEverythingOut() {
        assertThat(SV.longDate(FRIDAY)).isEqualTo("fredag 2 april 2027");
        assertThat(EN.longDate(FRIDAY)).isEqualTo("Friday 2 April 2027");
    }

    @Test
    void aOneDayRangeIsWrittenOnce() {
        assertThat(SV.range(LocalDate.of(2027, 4, 30), LocalDate.of(2027, 4, 30))).isEqualTo("fre 30 apr.");
    }

    @Test
    void aRangeWithinAMonthNamesTheMonthOnce() {
        assertThat(SV.range(LocalDate.of(2027, 2, 22), LocalDate.of(2027, 2, 26))).isEqualTo("mån 22–fre 26 feb.");
        assertThat(EN.range(LocalDate.of(2027, 2, 22), LocalDate.of(2027, 2, 26))).isEqualTo("Mon 22–Fri 26 Feb");
    }

    @Test
    void aRangeAcrossMonthsOrYearsNamesBoth() {
        assertThat(SV.range(LocalDate.of(2027, 3, 29), LocalDate.of(2027, 4, 2))).isEqualTo("mån 29 mars–fre 2 apr.");
        assertThat(SV.range(LocalDate.of(2026, 12, 28), LocalDate.of(2027, 1, 1)))
                .isEqualTo("mån 28 dec. 2026–fre 1 jan. 2027");
        // written the wrong way round, still in date order
        assertThat(SV.range(LocalDate.of(2027, 2, 26), LocalDate.of(2027, 2, 22))).isEqualTo("mån 22–fre 26 feb.");
    }

    @Test
    void aMomentIsInStockholmTime() {
        OffsetDateTime utc = OffsetDateTime.of(2027, 4, 2, 19, 5, 0, 0, ZoneOffset.UTC);
        assertThat(SV.moment(utc)).isEqualTo("fre 2 apr. 2027 21:05");
        assertThat(EN.moment(utc)).isEqualTo("Fri 2 Apr 2027 21:05");
    }
}
