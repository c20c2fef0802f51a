package se.tryggalov;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.tryggalov.calendar.SchoolYear;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class TestYearsTest {

    @Autowired
    TestYears years;
    @Autowired
    JdbcTemplate jdbc;

    private List<Integer> claimedBy(String method) {
        return jdbc.queryForList("select start_year from test_support.year_claim where claimed_by = ? "
                + "order by start_year", Integer.class, TestYearsTest.class.getName() + "." + method);
    }

    @Test
    void everyClaimIsAYearNobodyElseHoldsBeyondTheRealCalendarAndNamesItsTest() {
        SchoolYear first = years.claim();
        SchoolYear second = years.claim();
        SchoolYear run = years.claim(2);

        assertThat(List.of(first, second, run, run.next())).doesNotHaveDuplicates()
                .allSatisfy(y -> assertThat(y.startYear()).isBetween(TestYears.lowest(), TestYears.HIGHEST));
        assertThat(claimedBy("everyClaimIsAYearNobodyElseHoldsBeyondTheRealCalendarAndNamesItsTest"))
                .containsExactlyInAnyOrder(first.startYear(), second.startYear(), run.startYear(), run.endYear());
        assertThatThrownBy(() -> jdbc.update("insert into test_support.year_claim (start_year, claimed_by) "
                + "values (?, 'someone else')", first.startYear())).as("the database refuses a second claimer")
                .hasMessageContaining("year_claim_pkey");
    }

    @Test
    void aYearCanBeClaimedForTheWeekdaysItsWordsNeed() {
        SchoolYear year = years.claimWhere(
                y -> TestYears.date(y, Month.APRIL, 30).getDayOfWeek() == DayOfWeek.SATURDAY);

        assertThat(TestYears.date(year, Month.APRIL, 30)).hasYear(year.endYear())
                .satisfies(d -> assertThat(d.getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY));
        assertThat(claimedBy("aYearCanBeClaimedForTheWeekdaysItsWordsNeed")).containsExactly(year.startYear());
    }

    @Test
    void datesAreFoundInsideTheSchoolYear() {
        SchoolYear year = SchoolYear.of(2026);

        assertThat(TestYears.firstDay(year)).isEqualTo(LocalDate.of(2026, 8, 1));
        assertThat(TestYears.lastDay(year)).isEqualTo(LocalDate.of(2027, 7, 31));
        assertThat(TestYears.date(year, Month.DECEMBER, 24)).isEqualTo(LocalDate.of(2026, 12, 24));
        assertThat(TestYears.date(year, Month.MARCH, 1)).isEqualTo(LocalDate.of(2027, 3, 1));
        assertThat(TestYears.nth(DayOfWeek.FRIDAY, Month.SEPTEMBER, 1, year)).isEqualTo(LocalDate.of(2026, 9, 4));
        assertThat(TestYears.nth(DayOfWeek.MONDAY, Month.MARCH, 1, year)).isEqualTo(LocalDate.of(2027, 3, 1));
        assertThat(TestYears.inWeek(44, DayOfWeek.MONDAY, year)).isEqualTo(LocalDate.of(2026, 10, 26));
        assertThat(TestYears.inWeek(9, DayOfWeek.MONDAY, year)).isEqualTo(LocalDate.of(2027, 3, 1));
        assertThatThrownBy(() -> TestYears.nth(DayOfWeek.FRIDAY, Month.SEPTEMBER, 5, year))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
