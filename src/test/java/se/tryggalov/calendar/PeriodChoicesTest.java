package se.tryggalov.calendar;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class PeriodChoicesTest {

    private static CalendarItem period(long id, ItemKind kind, String title, LocalDate first, LocalDate last) {
        return new CalendarItem(id, 1, kind, "X", title, first, last, kind == ItemKind.KEY_DATE ? 3 : null, null, null,
                null, null, ItemStatus.CONFIRMED, ItemSource.MANUAL, null, Set.of(), 0);
    }

    private static final CalendarItem AUTUMN_2025 = period(1, ItemKind.BREAK, "Höstlov",
            LocalDate.of(2025, 10, 27), LocalDate.of(2025, 10, 31));
    private static final CalendarItem AUTUMN_2026 = period(2, ItemKind.BREAK, "Höstlov",
            LocalDate.of(2026, 10, 26), LocalDate.of(2026, 10, 30));
    private static final CalendarItem LUCIA_2026 = period(3, ItemKind.KEY_DATE, "Lucia",
            LocalDate.of(2026, 12, 13), LocalDate.of(2026, 12, 13));
    private static final CalendarItem CHRISTMAS_2026 = period(4, ItemKind.BREAK, "Jullov",
            LocalDate.of(2026, 12, 21), LocalDate.of(2027, 1, 8));
    private static final CalendarItem EASTER_2027 = period(5, ItemKind.BREAK, "Påsklov",
            LocalDate.of(2027, 3, 29), LocalDate.of(2027, 4, 2));
    private static final CalendarItem AUTUMN_2024 = period(6, ItemKind.BREAK, "Höstlov",
            LocalDate.of(2024, 10, 28), LocalDate.of(2024, 11, 1));
    private static final List<CalendarItem> ALL = List.of(AUTUMN_2024, AUTUMN_2025, AUTUMN_2026, LUCIA_2026,
            CHRISTMAS_2026, EASTER_2027);

    @Test
    void theComingPeriodsComeFirstSoonestFirstThenThePastNewestFirst() {
        LocalDate today = LocalDate.of(2026, 12, 7);
        assertThat(PeriodChoices.comingFirst(ALL, today, SchoolYear.containing(today).previous()))
                .containsExactly(LUCIA_2026, CHRISTMAS_2026, EASTER_2027, AUTUMN_2026, AUTUMN_2025);
    }

    @Test
    void pastYearsBeforeThePreviousAreLeftOutUnlessAsked() {
        LocalDate today = LocalDate.of(2026, 12, 7);
        assertThat(PeriodChoices.comingFirst(ALL, today, SchoolYear.containing(today).previous()))
                .doesNotContain(AUTUMN_2024);
        assertThat(PeriodChoices.comingFirst(ALL, today, SchoolYear.of(2024))).endsWith(AUTUMN_2024);
    }

    @Test
    void anOngoingBreakIsTheComingOneAndAKeyDateOnlyWhenNoBreakIsLeft() {
        assertThat(PeriodChoices.coming(ALL, LocalDate.of(2026, 12, 22))).contains(CHRISTMAS_2026);
        assertThat(PeriodChoices.coming(ALL, LocalDate.of(2026, 12, 7))).contains(CHRISTMAS_2026);
        assertThat(PeriodChoices.coming(List.of(LUCIA_2026), LocalDate.of(2026, 12, 7))).contains(LUCIA_2026);
        assertThat(PeriodChoices.coming(ALL, LocalDate.of(2027, 6, 1))).isEmpty();
    }
}
