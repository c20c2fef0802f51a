package se.tryggalov.calendar;

import org.junit.jupiter.api.Test;

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
}
