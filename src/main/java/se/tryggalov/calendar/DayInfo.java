package se.tryggalov.calendar;

import java.time.LocalDate;
import java.util.List;

/** One date of the plan: its day type, risk level (0–5) and what falls on it (holidays, breaks, key dates). */
public record DayInfo(LocalDate date, DayType dayType, int riskLevel, List<Holiday> holidays,
                      List<CalendarItem> items) {

    public DayInfo {
        holidays = List.copyOf(holidays);
        items = List.copyOf(items);
    }
}
