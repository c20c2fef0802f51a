package se.tryggalov.calendar;

import org.junit.jupiter.api.Test;

import java.util.EnumMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RiskDefaultsTest {

    private final RiskDefaults standard = RiskDefaults.standard();

    @Test
    void standardFollowsTheDomainTable() {
        assertThat(standard.riskOf(KeyDateKind.WALPURGIS_EVE)).isEqualTo(5);
        assertThat(standard.riskOf(KeyDateKind.NEW_YEARS_EVE)).isEqualTo(5);
        assertThat(standard.riskOf(KeyDateKind.SCHOOL_END_SUMMER)).isEqualTo(5);
        assertThat(standard.riskOf(KeyDateKind.MIDSUMMER_EVE)).isEqualTo(4);
        assertThat(standard.riskOf(KeyDateKind.HALLOWEEN_WEEKEND)).isEqualTo(4);
        assertThat(standard.riskOf(KeyDateKind.STUDENTEN)).isEqualTo(4);
        assertThat(standard.riskOf(KeyDateKind.LAST_SCHOOL_DAY_BEFORE_WINTER_SPORTS_BREAK)).isEqualTo(4);
        assertThat(standard.riskOf(KeyDateKind.LAST_SCHOOL_DAY_BEFORE_AUTUMN_BREAK)).isEqualTo(4);
        assertThat(standard.riskOf(KeyDateKind.BREAK_FRIDAY_OR_SATURDAY)).isEqualTo(3);
        assertThat(standard.riskOf(KeyDateKind.SUMMER_BREAK_FIRST_WEEKEND)).isEqualTo(3);
        assertThat(standard.riskOf(KeyDateKind.SUMMER_BREAK_LAST_WEEKEND)).isEqualTo(3);
        assertThat(standard.riskOf(KeyDateKind.LONG_WEEKEND_EVE)).isEqualTo(3);
        assertThat(standard.ordinaryFridaySaturday()).isEqualTo(2);
        assertThat(standard.breakDay()).isEqualTo(1);
    }

    @Test
    void everyKindHasALevelFromOneToFive() {
        for (KeyDateKind kind : KeyDateKind.values()) {
            assertThat(standard.riskOf(kind)).as(kind.name()).isBetween(1, 5);
        }
    }

    @Test
    void withChangesOneKindAndLeavesTheOriginalAlone() {
        RiskDefaults edited = standard.with(KeyDateKind.LUCIA, 4);
        assertThat(edited.riskOf(KeyDateKind.LUCIA)).isEqualTo(4);
        assertThat(standard.riskOf(KeyDateKind.LUCIA)).isEqualTo(2);
        assertThat(edited.riskOf(KeyDateKind.WALPURGIS_EVE)).isEqualTo(5);
    }

    @Test
    void rejectsLevelsOutsideZeroToFive() {
        assertThatThrownBy(() -> standard.with(KeyDateKind.LUCIA, 6)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> standard.withBreakDay(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsAMapMissingAKind() {
        var partial = new EnumMap<KeyDateKind, Integer>(KeyDateKind.class);
        partial.put(KeyDateKind.WALPURGIS_EVE, 5);
        assertThatThrownBy(() -> new RiskDefaults(partial, 2, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NEW_YEARS_DAY");
    }

    @Test
    void coverageSuggestionFollowsTheDomainTable() {
        CoverageDefaults coverage = CoverageDefaults.standard();
        assertThat(coverage.groupsFor(5)).isEqualTo(3);
        assertThat(coverage.groupsFor(4)).isEqualTo(2);
        assertThat(coverage.groupsFor(3)).isEqualTo(2);
        assertThat(coverage.groupsFor(2)).isEqualTo(1);
        assertThat(coverage.groupsFor(1)).isEqualTo(0);
        assertThat(coverage.groupsFor(0)).isEqualTo(0);
        assertThatThrownBy(() -> coverage.groupsFor(6)).isInstanceOf(IllegalArgumentException.class);
    }
}
