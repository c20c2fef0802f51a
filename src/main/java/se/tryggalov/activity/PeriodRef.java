package se.tryggalov.activity;

import se.tryggalov.calendar.ItemKind;

import java.time.LocalDate;

/**
 * The break or key date an activity belongs to (a calendar item). Show {@code title} when it has one, else the
 * translation of {@code nameKey} (e.g. {@code calendar.break.WINTER_SPORTS}).
 */
public record PeriodRef(long calendarItemId, ItemKind kind, String code, String nameKey, String title,
                        LocalDate firstDay, LocalDate lastDay) {

    public boolean covers(LocalDate date) {
        return !date.isBefore(firstDay) && !date.isAfter(lastDay);
    }
}
