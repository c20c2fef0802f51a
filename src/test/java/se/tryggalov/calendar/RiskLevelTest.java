package se.tryggalov.calendar;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class RiskLevelTest {

    @ParameterizedTest
    @CsvSource({"0, false, false", "1, false, false", "2, false, false", "3, true, false", "4, true, true",
            "5, true, true"})
    void raisedStartsAtThreeAndHighAtFourAsInTheDomainTable(int level, boolean raised, boolean high) {
        assertThat(RiskLevel.isRaised(level)).isEqualTo(raised);
        assertThat(RiskLevel.isHigh(level)).isEqualTo(high);
    }

    @Test
    void noLevelIsNeitherRaisedNorHigh() {
        assertThat(RiskLevel.isRaised(null)).isFalse();
        assertThat(RiskLevel.isHigh(null)).isFalse();
    }

    @Test
    void theStandardDefaultsPutValborgAndNewYearsEveHighAndAnOrdinaryWeekendBelowRaised() {
        RiskDefaults standard = RiskDefaults.standard();
        assertThat(RiskLevel.isHigh(standard.keyDateRisk().get(KeyDateKind.WALPURGIS_EVE))).isTrue();
        assertThat(RiskLevel.isRaised(standard.ordinaryFridaySaturday())).isFalse();
        assertThat(RiskLevel.HIGHEST).isEqualTo(RiskDefaults.MAX_LEVEL);
    }

    @Test
    void aPlanningPeriodIsABreakOrAKeyDateWithARaisedRisk() {
        assertThat(item(ItemKind.BREAK, null).isPlanningPeriod()).isTrue();
        assertThat(item(ItemKind.KEY_DATE, 3).isPlanningPeriod()).isTrue();
        assertThat(item(ItemKind.KEY_DATE, 5).isPlanningPeriod()).isTrue();
        assertThat(item(ItemKind.KEY_DATE, 2).isPlanningPeriod()).isFalse();
        assertThat(item(ItemKind.KEY_DATE, null).isPlanningPeriod()).isFalse();
        assertThat(item(ItemKind.MEETING, 5).isPlanningPeriod()).isFalse();
    }

    private static CalendarItem item(ItemKind kind, Integer risk) {
        LocalDate day = LocalDate.of(2027, 4, 30);
        return new CalendarItem(1, 1, kind, CalendarItem.CUSTOM, "x", day, day, risk, null, null, null, null,
                ItemStatus.CONFIRMED, ItemSource.MANUAL, null, Set.of(), 0);
    }
}
