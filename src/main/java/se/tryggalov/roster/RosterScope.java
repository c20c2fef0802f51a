package se.tryggalov.roster;

import se.tryggalov.calendar.SchoolYear;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The evenings a roster is made for, inside one school year. {@code calendarItemId} names the break for
 * {@link ScopeKind#BREAK}. The key names the dates only: a break and a range over the same dates are the same
 * roster (one solve at a time for it).
 */
public record RosterScope(SchoolYear year, ScopeKind kind, Long calendarItemId, LocalDate firstDay,
                          LocalDate lastDay) {

    public RosterScope {
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(kind, "kind");
    }

    public static RosterScope ofBreak(SchoolYear year, long calendarItemId) {
        return new RosterScope(year, ScopeKind.BREAK, calendarItemId, null, null);
    }

    public static RosterScope ofRange(SchoolYear year, LocalDate firstDay, LocalDate lastDay) {
        return new RosterScope(year, ScopeKind.RANGE, null, firstDay, lastDay);
    }

    public static RosterScope ofYear(SchoolYear year) {
        return new RosterScope(year, ScopeKind.YEAR, null, null, null);
    }

    /** "2026:2027-03-01..2027-03-07". */
    public String key() {
        return year.startYear() + ":" + firstDay + ".." + lastDay;
    }

    public boolean covers(LocalDate day) {
        return firstDay != null && lastDay != null && !day.isBefore(firstDay) && !day.isAfter(lastDay);
    }

    public long days() {
        return firstDay.datesUntil(lastDay.plusDays(1)).count();
    }
}
