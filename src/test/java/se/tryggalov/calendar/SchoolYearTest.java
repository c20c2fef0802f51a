package se.tryggalov.calendar;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SchoolYearTest {

    @Test
    void labelJoinsTheTwoYears() {
        assertThat(SchoolYear.of(2026).label()).isEqualTo("2026/27");
        assertThat(SchoolYear.of(2099).label()).isEqualTo("2099/00");
        assertThat(SchoolYear.of(2026).endYear()).isEqualTo(2027);
    }

    @Test
    void parseReadsALabelBack() {
        assertThat(SchoolYear.parse("2026/27")).isEqualTo(SchoolYear.of(2026));
        assertThat(SchoolYear.parse("2099/00")).isEqualTo(SchoolYear.of(2099));
    }

    @Test
    void parseRejectsYearsThatDoNotFollowEachOther() {
        assertThatThrownBy(() -> SchoolYear.parse("2026/28")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SchoolYear.parse("2026-27")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void tryParseTakesALabelOrAStartYearAndNothingElse() {
        assertThat(SchoolYear.tryParse(" 2026/27 ")).contains(SchoolYear.of(2026));
        assertThat(SchoolYear.tryParse("2027")).contains(SchoolYear.of(2027));
        assertThat(SchoolYear.tryParse("2026/28")).isEmpty();
        assertThat(SchoolYear.tryParse("next year")).isEmpty();
        assertThat(SchoolYear.tryParse("99")).isEmpty();
    }

    @Test
    void nextAndPreviousStepOneYear() {
        assertThat(SchoolYear.of(2026).next()).isEqualTo(SchoolYear.of(2027));
        assertThat(SchoolYear.of(2026).previous()).isEqualTo(SchoolYear.of(2025));
        assertThat(SchoolYear.of(2026)).isLessThan(SchoolYear.of(2027));
    }

    @ParameterizedTest
    @CsvSource({"2026-08-01, 2026", "2026-07-31, 2025", "2026-12-31, 2026", "2027-01-01, 2026", "2027-06-30, 2026",
            "2028-02-29, 2027", "2026-01-01, 2025"})
    void aDateBelongsToTheSchoolYearThatStartedOnTheLastFirstOfAugust(LocalDate date, int startYear) {
        SchoolYear year = SchoolYear.containing(date);
        assertThat(year).isEqualTo(SchoolYear.of(startYear));
        assertThat(year.contains(date)).isTrue();
        assertThat(year.next().contains(date)).isFalse();
        assertThat(year.previous().contains(date)).isFalse();
    }

    @Test
    void aSchoolYearRunsFromTheFirstOfAugustToTheThirtyFirstOfJuly() {
        SchoolYear year = SchoolYear.of(2026);
        assertThat(year.firstDay()).isEqualTo(LocalDate.of(2026, 8, 1));
        assertThat(year.lastDay()).isEqualTo(LocalDate.of(2027, 7, 31));
        assertThat(year.contains(year.firstDay().minusDays(1))).isFalse();
        assertThat(year.contains(year.lastDay().plusDays(1))).isFalse();
        assertThat(year.next().firstDay()).isEqualTo(year.lastDay().plusDays(1));
    }

    @Test
    void plannableYearsRunFrom2000To2999() {
        assertThat(SchoolYear.isPlannable(1999)).isFalse();
        assertThat(SchoolYear.isPlannable(2000)).isTrue();
        assertThat(SchoolYear.isPlannable(2999)).isTrue();
        assertThat(SchoolYear.isPlannable(3000)).isFalse();
    }
}
